package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** Key/value settings of this installation, stored in the database (not domain records: no change log). */
public final class InstallationSettings {
    static final String INSTALLATION_ID = "installation.id";
    static final String CURRENT_PROFILE = "profile.current";

    private final Jdbc jdbc;

    public InstallationSettings(Database database) {
        this.jdbc = new Jdbc(database, () -> null);
    }

    public Optional<String> get(String key) {
        return jdbc.read(tx -> get(tx, key));
    }

    public void put(String key, String value) {
        jdbc.write(tx -> {
            put(tx, key, value);
            return null;
        });
    }

    public void remove(String key) {
        jdbc.write(tx -> tx.update("DELETE FROM installation_setting WHERE setting_key = ?", key));
    }

    /** The id this installation signs its exchange packages with; made at first start. */
    public UUID installationId() {
        return get(INSTALLATION_ID).map(UUID::fromString)
                .orElseThrow(() -> new IllegalStateException("Database opened without an installation id"));
    }

    void ensureInstallationId() {
        // read first: a write transaction locks the change log's head, which writes to the file at every start
        if (jdbc.read(tx -> get(tx, INSTALLATION_ID)).isPresent()) {
            return;
        }
        jdbc.write(tx -> {
            if (get(tx, INSTALLATION_ID).isEmpty()) {
                put(tx, INSTALLATION_ID, UUID.randomUUID().toString());
            }
            return null;
        });
    }

    static Optional<String> get(Tx tx, String key) throws SQLException {
        return tx.one("SELECT setting_value FROM installation_setting WHERE setting_key = ?",
                row -> row.string("setting_value"), key);
    }

    static void put(Tx tx, String key, String value) throws SQLException {
        if (tx.update("UPDATE installation_setting SET setting_value = ?, updated_at = ? WHERE setting_key = ?",
                value, tx.now(), key) == 0) {
            tx.update("INSERT INTO installation_setting (setting_key, setting_value, updated_at) VALUES (?, ?, ?)",
                    key, value, tx.now());
        }
    }
}
