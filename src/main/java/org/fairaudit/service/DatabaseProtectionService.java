package org.fairaudit.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Encryption at rest and backups of the open database (DESIGN.md §8, §9). Every method needs
 * {@code PROTECT_DATABASE}. Passphrases are {@code char[]} so callers can wipe them; this service never keeps them.
 */
public interface DatabaseProtectionService {
    int MIN_PASSPHRASE_LENGTH = 8;

    boolean isEncrypted();

    /**
     * Encrypts, re-encrypts or decrypts the database: backs it up, rewrites a copy with the new key, checks that
     * the copy opens, then puts it in place and reconnects.
     *
     * @param current the passphrase now in force, null when the database is not encrypted
     * @param next    the new passphrase, null to remove encryption
     * @return how many older backups are not encrypted although the database now is (0 after decrypting)
     */
    int changePassphrase(char[] current, char[] next);

    /** A backup in the {@code backups/} folder beside the database; the oldest beyond {@link #backupsKept} go. */
    BackupFile backUpNow();

    /** A backup in {@code folder}; no rolling retention there. */
    BackupFile backUpTo(Path folder);

    /**
     * Why the automatic backup failed when FairAudit last closed; empty once a backup has been taken since. The
     * user must hear of it: no window is left to say so at the time.
     */
    Optional<BackupFailure> lastFailedBackupAtClose();

    /** The backups in the {@code backups/} folder, newest first. */
    List<BackupFile> backups();

    /**
     * Replaces the database by {@code backup}: the current file is first kept aside as a backup, and the
     * connection is restarted on the restored file.
     *
     * @param passphrase the passphrase of the backup when it is encrypted, else null
     */
    void restore(BackupFile backup, char[] passphrase);

    int backupsKept();

    void setBackupsKept(int count);
}
