package org.fairaudit.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.Violation;
import org.fairaudit.service.BackupFailure;
import org.fairaudit.service.BackupFile;
import org.fairaudit.service.DatabaseProtectionService;
import org.fairaudit.service.ProfileService;
import org.fairaudit.service.ValidationException;

/** Encryption and backups of the open H2 database (docs/decisions/0016). */
public final class JdbcDatabaseProtectionService implements DatabaseProtectionService {
    public static final int DEFAULT_BACKUPS_KEPT = 10;
    static final String BACKUPS_KEPT = "backup.kept";
    /** When and why the backup at close failed: {@code <instant>\n<reason>}; removed by the next backup taken. */
    static final String FAILED_AT_CLOSE = "backup.failedAtClose";
    /** The settings table holds up to 1,000 characters. */
    private static final int MAX_REASON_LENGTH = 900;
    static final int MAX_BACKUPS_KEPT = 1000;

    private final Database database;
    private final ProfileService profiles;
    private final Backups backups;
    private final InstallationSettings settings;
    private final Clock clock;

    public JdbcDatabaseProtectionService(Database database, ProfileService profiles, Clock clock) {
        this.database = database;
        this.profiles = profiles;
        this.clock = clock;
        this.backups = new Backups(database.file(), clock);
        this.settings = new InstallationSettings(database);
    }

    @Override
    public boolean isEncrypted() {
        profiles.require(Permission.PROTECT_DATABASE);
        return database.isEncrypted();
    }

    @Override
    public int changePassphrase(char[] current, char[] next) {
        profiles.require(Permission.PROTECT_DATABASE);
        if (next != null && next.length < MIN_PASSPHRASE_LENGTH) {
            throw new ValidationException(List.of(new Violation("passphrase", "settings.passphrase.tooShort")));
        }
        closedWork(closed -> {
            // The safety copy is under the old key: once the new file opens it would only undo the change.
            Path safety = backups.copyClosed("before-passphrase");
            FileEncryption.change(closed, current, next);
            Files.deleteIfExists(safety);
        }, next);
        return next == null ? 0 : (int) backups.list().stream().filter(b -> !b.encrypted()).count();
    }

    @Override
    public BackupFile backUpNow() {
        profiles.require(Permission.PROTECT_DATABASE);
        BackupFile taken = backups.take(database, database.file().backupsFolder());
        backups.keepNewest(storedBackupsKept());
        forget(settings.get(FAILED_AT_CLOSE));
        return taken;
    }

    @Override
    public BackupFile backUpTo(Path folder) {
        profiles.require(Permission.PROTECT_DATABASE);
        return backups.take(database, folder);
    }

    /**
     * The automatic backup when the window closes. Not a use case of a profile (the user may quit before
     * creating one), so it needs no permission; it only ever adds a copy of the user's own data.
     */
    public void backUpAtClose() {
        Optional<String> failedBefore = settings.get(FAILED_AT_CLOSE);
        try {
            // A session that only read (a reviewer browsing) leaves the data as the newest backup has it: a backup of
            // a large portfolio takes seconds, and would push an older, different state out of the kept ones.
            if (!database.writtenSinceOpen() && failedBefore.isEmpty() && !backups.list().isEmpty()) {
                return;
            }
            backups.take(database, database.file().backupsFolder());
        } catch (RuntimeException e) {
            String reason = reason(e);
            try {
                settings.put(FAILED_AT_CLOSE, clock.instant() + "\n"
                        + reason.substring(0, Math.min(reason.length(), MAX_REASON_LENGTH)));
            } catch (RuntimeException notRemembered) {
                e.addSuppressed(notRemembered); // the database itself may be what failed
            }
            throw e;
        }
        forget(failedBefore);
        backups.keepNewest(storedBackupsKept());
    }

    @Override
    public Optional<BackupFailure> lastFailedBackupAtClose() {
        profiles.require(Permission.PROTECT_DATABASE);
        return settings.get(FAILED_AT_CLOSE).map(value -> {
            String[] parts = value.split("\n", 2);
            return new BackupFailure(Instant.parse(parts[0]), parts.length > 1 ? parts[1] : "");
        });
    }

    /** What the file system said, e.g. {@code FileSystemException: …/backups/…zip: No space left on device}. */
    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /**
     * Removes the stored failure, given as read: only when there is one, because a write would make the session one
     * that wrote, and so take another backup at close.
     */
    private void forget(Optional<String> storedFailure) {
        if (storedFailure.isPresent()) {
            settings.remove(FAILED_AT_CLOSE);
        }
    }

    private int storedBackupsKept() {
        return settings.get(BACKUPS_KEPT).map(Integer::parseInt).orElse(DEFAULT_BACKUPS_KEPT);
    }

    @Override
    public List<BackupFile> backups() {
        profiles.require(Permission.PROTECT_DATABASE);
        return backups.list();
    }

    @Override
    public void restore(BackupFile backup, char[] passphrase) {
        profiles.require(Permission.PROTECT_DATABASE);
        closedWork(closed -> backups.restoreClosed(backup.path(), passphrase), passphrase);
    }

    @Override
    public int backupsKept() {
        profiles.require(Permission.PROTECT_DATABASE);
        return storedBackupsKept();
    }

    @Override
    public void setBackupsKept(int count) {
        profiles.require(Permission.PROTECT_DATABASE);
        if (count < 1 || count > MAX_BACKUPS_KEPT) {
            throw new ValidationException(List.of(new Violation("backupsKept", "settings.backups.keptRange")));
        }
        settings.put(BACKUPS_KEPT, Integer.toString(count));
    }

    private void closedWork(Database.ClosedFileWork work, char[] passphraseAfter) {
        try {
            database.whileClosed(work, passphraseAfter);
        } catch (IOException | SQLException e) {
            throw new DatabaseException(e);
        }
    }
}
