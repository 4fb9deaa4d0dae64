package org.fairaudit.ui.settings;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fairaudit.service.BackupFailure;
import org.fairaudit.service.BackupFile;
import org.fairaudit.service.DatabaseProtectionService;

/** Records what Settings asks of the database; passphrases are copied before the caller wipes them. */
final class FakeProtection implements DatabaseProtectionService {
    boolean encrypted;
    int kept = 10;
    int plainBackups;
    final List<String> changes = new ArrayList<>();
    final List<BackupFile> backups = new ArrayList<>();
    final List<String> restored = new ArrayList<>();
    char[] lastRestorePassphrase;
    BackupFailure failedAtClose;

    @Override
    public boolean isEncrypted() {
        return encrypted;
    }

    @Override
    public int changePassphrase(char[] current, char[] next) {
        changes.add(text(current) + " -> " + text(next));
        encrypted = next != null;
        return plainBackups;
    }

    private static String text(char[] chars) {
        return chars == null ? "none" : new String(chars);
    }

    @Override
    public BackupFile backUpNow() {
        BackupFile taken = new BackupFile(Path.of("backups", "fairaudit-" + backups.size() + ".zip"),
                Instant.parse("2026-11-28T08:00:00Z"), 4096, encrypted);
        backups.add(0, taken);
        failedAtClose = null;
        return taken;
    }

    @Override
    public BackupFile backUpTo(Path folder) {
        throw new UnsupportedOperationException("not offered in Settings");
    }

    @Override
    public Optional<BackupFailure> lastFailedBackupAtClose() {
        return Optional.ofNullable(failedAtClose);
    }

    @Override
    public List<BackupFile> backups() {
        return List.copyOf(backups);
    }

    @Override
    public void restore(BackupFile backup, char[] passphrase) {
        restored.add(backup.path().getFileName() + " with " + text(passphrase));
        lastRestorePassphrase = passphrase;
    }

    @Override
    public int backupsKept() {
        return kept;
    }

    @Override
    public void setBackupsKept(int count) {
        kept = count;
    }
}
