package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;

/** Profiles are written once; the record has no version of its own, so the stored version stays 1. */
final class ProfileTable implements RecordTable<Profile> {
    static final ProfileTable INSTANCE = new ProfileTable();

    @Override
    public String table() {
        return "profile";
    }

    @Override
    public UUID id(Profile profile) {
        return profile.id();
    }

    @Override
    public long version(Profile profile) {
        return 0;
    }

    @Override
    public Profile withVersion(Profile profile, long version) {
        return profile;
    }

    @Override
    public Map<String, Object> columns(Profile profile) {
        return Columns.of("name", profile.name(), "role", profile.role());
    }

    @Override
    public Optional<Profile> find(Tx tx, UUID id) throws SQLException {
        return tx.one("SELECT id, name, role FROM profile WHERE id = ?",
                row -> new Profile(row.uuid("id"), row.string("name"), row.enumValue(Role.class, "role")), id);
    }
}
