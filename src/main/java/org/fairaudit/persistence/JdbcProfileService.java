package org.fairaudit.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Violation;
import org.fairaudit.service.ProfileService;

/** The current profile is an installation setting; it is cached because every write asks for it. */
public final class JdbcProfileService implements ProfileService {
    private final Jdbc jdbc;
    private volatile Optional<Profile> current;

    public JdbcProfileService(Database database) {
        this.jdbc = new Jdbc(database, this::currentProfileId);
        this.current = jdbc.read(tx -> {
            Optional<String> id = InstallationSettings.get(tx, InstallationSettings.CURRENT_PROFILE);
            return id.isEmpty() ? Optional.empty() : ProfileTable.INSTANCE.find(tx, UUID.fromString(id.get()));
        });
    }

    @Override
    public Optional<Profile> current() {
        return current;
    }

    /** Stamped with the profile that was current before (none at first start). */
    @Override
    public synchronized Profile createAndUse(String name, Role role) {
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", "validation.required"));
        }
        if (role == null) {
            violations.add(new Violation("role", "validation.required"));
        }
        Validations.requireNone(violations);
        Profile profile = jdbc.write(tx -> {
            Profile created = tx.save(ProfileTable.INSTANCE, new Profile(UUID.randomUUID(), name.strip(), role));
            InstallationSettings.put(tx, InstallationSettings.CURRENT_PROFILE, created.id().toString());
            return created;
        });
        current = Optional.of(profile);
        return profile;
    }

    private UUID currentProfileId() {
        return current.map(Profile::id).orElse(null);
    }
}
