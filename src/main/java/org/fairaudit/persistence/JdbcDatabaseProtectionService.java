package org.fairaudit.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.Violation;
import org.fairaudit.service.BackupFile;
import org.fairaudit.service.DatabaseProtectionService;
import org.fairaudit.service.ProfileService;
import org.fairaudit.service.ValidationException;

/** Encryption and backups of the open H2 database (docs/decisions/0016). */
public final class JdbcDatabaseProtectionService implements DatabaseProtectionService {
    public static final int DEFAULT_BACKUPS_KEPT = 10;
    static final String BACKUPS_KEPT = "backup.kept";
    static final int MAX_BACKUPS_KEPT = 1000;

    private final Database database;
    private final ProfileService profiles;
    private final Backups backups;
    private final InstallationSettings settings;

    public JdbcDatabaseProtectionService(Database database, ProfileService profiles, Clock clock) {
        this.database = database;
        this.profiles = profiles;
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
        // A session that only read (a reviewer browsing) leaves the data as the newest backup has it: a backup of a
        // large portfolio takes seconds, and would push an older, different state out of the kept ones.
        if (!database.writtenSinceOpen() && !backups.list().isEmpty()) {
            return;
        }
        backups.take(database, database.file().backupsFolder());
        backups.keepNewest(storedBackupsKept());
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
