package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Violation;
import org.fairaudit.service.AccessDeniedException;
import org.fairaudit.service.ProfileAccounts;
import org.fairaudit.service.ProfileService;
import org.fairaudit.service.SignInException;

/**
 * Profiles and signing in. The signed-in profile is cached because every write asks for it; the last one is
 * remembered as an installation setting. Password hashes never leave this class.
 */
public final class JdbcProfileService implements ProfileService, ProfileAccounts {
    private static final String PROFILE_COLUMNS = "SELECT id, name, role FROM profile";
    private static final RowMapper<Profile> MAPPER =
            row -> new Profile(row.uuid("id"), row.string("name"), row.enumValue(Role.class, "role"));

    /** What the change log says of a profile: never the hash, only whether there is one. */
    private record LoggedProfile(String name, Role role, boolean passwordSet) {
    }

    private final Jdbc jdbc;
    private volatile Optional<Profile> current;
    private final ThreadLocal<Profile> demoAuthor = new ThreadLocal<>();

    public JdbcProfileService(Database database) {
        this.jdbc = new Jdbc(database, this::currentProfileId);
        this.current = jdbc.read(tx -> signInRequired(tx) ? Optional.empty()
                : tx.one(PROFILE_COLUMNS + " WHERE can_sign_in", MAPPER));
    }

    @Override
    public Optional<Profile> current() {
        Profile author = demoAuthor.get();
        return author != null ? Optional.of(author) : current;
    }

    @Override
    public synchronized Profile createAndUse(String name, Role role) {
        boolean anyPassword = jdbc.read(tx -> tx.count("SELECT COUNT(*) AS n FROM profile WHERE password_hash IS NOT NULL") > 0);
        if (anyPassword) {
            require(Permission.MANAGE_PROFILES);
        }
        Profile profile = jdbc.write(tx -> {
            Profile created = insert(tx, name, role, new char[0], true);
            InstallationSettings.put(tx, InstallationSettings.CURRENT_PROFILE, created.id().toString());
            return created;
        });
        current = Optional.of(profile);
        return profile;
    }

    @Override
    public List<Profile> signInChoices() {
        return jdbc.read(tx -> tx.list(PROFILE_COLUMNS + " WHERE can_sign_in ORDER BY LOWER(name), id", MAPPER));
    }

    @Override
    public boolean hasPassword(UUID profileId) {
        return jdbc.read(tx -> storedHash(tx, profileId).isPresent());
    }

    @Override
    public boolean signInRequired() {
        return jdbc.read(JdbcProfileService::signInRequired);
    }

    private static boolean signInRequired(Tx tx) throws SQLException {
        return tx.count("SELECT COUNT(*) AS n FROM profile WHERE can_sign_in") > 1
                || tx.count("SELECT COUNT(*) AS n FROM profile WHERE can_sign_in AND password_hash IS NOT NULL") > 0;
    }

    @Override
    public synchronized Profile signIn(UUID profileId, char[] password) {
        try {
            Profile profile = jdbc.write(tx -> {
                Optional<Profile> found = tx.one(PROFILE_COLUMNS + " WHERE id = ? AND can_sign_in", MAPPER, profileId);
                Optional<String> hash = storedHash(tx, profileId);
                if (found.isEmpty() || hash.isPresent() && !PasswordHashes.matches(password, hash.get())) {
                    throw new SignInException();
                }
                InstallationSettings.put(tx, InstallationSettings.CURRENT_PROFILE, profileId.toString());
                return found.get();
            });
            current = Optional.of(profile);
            return profile;
        } finally {
            wipe(password);
        }
    }

    @Override
    public synchronized Profile create(String name, Role role, char[] password) {
        require(Permission.MANAGE_PROFILES);
        try {
            return jdbc.write(tx -> insert(tx, name, role, password, true));
        } finally {
            wipe(password);
        }
    }

    @Override
    public synchronized Profile changeRole(UUID profileId, Role role) {
        require(Permission.MANAGE_PROFILES);
        Profile changed = jdbc.write(tx -> {
            Profile before = tx.one(PROFILE_COLUMNS + " WHERE id = ?", MAPPER, profileId).orElseThrow();
            if (before.role() == Role.ADMINISTRATOR && role != Role.ADMINISTRATOR && tx.count(
                    "SELECT COUNT(*) AS n FROM profile WHERE role = 'ADMINISTRATOR' AND can_sign_in") == 1) {
                Validations.requireNone(List.of(new Violation("role", "profile.lastAdministrator")));
            }
            Profile after = new Profile(profileId, before.name(), role);
            boolean passwordSet = storedHash(tx, profileId).isPresent();
            tx.update("UPDATE profile SET role = ?, version = version + 1, updated_at = ?, updated_by = ?"
                    + " WHERE id = ?", role, tx.now(), tx.profileId(), profileId);
            ChangeLog.append(tx, "profile", profileId, ChangeLog.Operation.UPDATE,
                    logged(before, passwordSet), logged(after, passwordSet));
            return after;
        });
        current.filter(signedIn -> signedIn.id().equals(profileId)).ifPresent(same -> current = Optional.of(changed));
        return changed;
    }

    @Override
    public synchronized void changePassword(UUID profileId, char[] currentPassword, char[] newPassword) {
        try {
            boolean administrator = may(Permission.MANAGE_PROFILES);
            boolean own = current.map(Profile::id).filter(profileId::equals).isPresent();
            if (!administrator && !own) {
                throw new AccessDeniedException(Permission.MANAGE_PROFILES);
            }
            jdbc.write(tx -> {
                Profile profile = tx.one(PROFILE_COLUMNS + " WHERE id = ?", MAPPER, profileId).orElseThrow();
                Optional<String> stored = storedHash(tx, profileId);
                if (!administrator && stored.isPresent() && !PasswordHashes.matches(currentPassword, stored.get())) {
                    throw new SignInException();
                }
                String hash = newPassword.length == 0 ? null : PasswordHashes.hash(newPassword);
                tx.update("UPDATE profile SET password_hash = ?, version = version + 1, updated_at = ?,"
                        + " updated_by = ? WHERE id = ?", hash, tx.now(), tx.profileId(), profileId);
                ChangeLog.append(tx, "profile", profileId, ChangeLog.Operation.UPDATE,
                        logged(profile, stored.isPresent()), logged(profile, hash != null));
                return null;
            });
        } finally {
            wipe(currentPassword);
            wipe(newPassword);
        }
    }

    @Override
    public <T> T asDemoAuthor(String name, Role role, Supplier<T> work) {
        require(Permission.CREATE_DEMO_DATA);
        Profile author = jdbc.write(tx -> {
            Optional<Profile> existing = tx.one(PROFILE_COLUMNS + " WHERE NOT can_sign_in AND name = ? AND role = ?",
                    MAPPER, name, role);
            return existing.isPresent() ? existing.get() : insert(tx, name, role, new char[0], false);
        });
        demoAuthor.set(author);
        try {
            return work.get();
        } finally {
            demoAuthor.remove();
        }
    }

    private static Profile insert(Tx tx, String name, Role role, char[] password, boolean canSignIn)
            throws SQLException {
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", "validation.required"));
        } else if (canSignIn && tx.count("SELECT COUNT(*) AS n FROM profile WHERE can_sign_in AND LOWER(name) = ?",
                name.strip().toLowerCase(Locale.ROOT)) > 0) {
            violations.add(new Violation("name", "profile.nameTaken"));
        }
        if (role == null) {
            violations.add(new Violation("role", "validation.required"));
        }
        Validations.requireNone(violations);
        Profile created = tx.save(ProfileTable.INSTANCE, new Profile(UUID.randomUUID(), name.strip(), role));
        if (password.length > 0 || !canSignIn) {
            tx.update("UPDATE profile SET password_hash = ?, can_sign_in = ? WHERE id = ?",
                    password.length > 0 ? PasswordHashes.hash(password) : null, canSignIn, created.id());
        }
        return created;
    }

    private static Optional<String> storedHash(Tx tx, UUID profileId) throws SQLException {
        return tx.one("SELECT password_hash FROM profile WHERE id = ? AND password_hash IS NOT NULL",
                row -> row.string("password_hash"), profileId);
    }

    private static LoggedProfile logged(Profile profile, boolean passwordSet) {
        return new LoggedProfile(profile.name(), profile.role(), passwordSet);
    }

    private static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    private UUID currentProfileId() {
        return current().map(Profile::id).orElse(null);
    }
}
