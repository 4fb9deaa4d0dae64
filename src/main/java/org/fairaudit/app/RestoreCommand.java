package org.fairaudit.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fairaudit.i18n.Messages;
import org.fairaudit.persistence.Backups;
import org.fairaudit.persistence.DatabaseFile;
import org.fairaudit.persistence.UnreadableDatabaseException;
import org.fairaudit.service.BackupFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code restore --db PATH --from BACKUP}: replaces the database by a backup, keeping the current file aside.
 * A database that opens is restored by its signed-in profile; a damaged or missing one has no profile to ask,
 * so it is restored directly (the rescue the window also offers). One passphrase serves both files.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption db;

    @Option(names = "--from", required = true, paramLabel = "BACKUP.zip")
    Path from;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DatabaseFile target = DatabaseFile.of(db.resolve());
        BackupFile backup = Backups.describe(from.toAbsolutePath());
        boolean needed = backup.encrypted() || target.exists() && target.isEncrypted();
        char[] passphrase = db.passphrase(needed, target, System.getenv());
        char[] backupPassphrase = backup.encrypted() ? passphrase : null;
        try {
            if (target.exists()) {
                restoreThroughTheDatabase(target, backup, passphrase, backupPassphrase);
            } else {
                Backups.rescue(target, backup.path(), backupPassphrase);
            }
        } finally {
            DatabaseOption.wipe(passphrase);
        }
        spec.commandLine().getOut().println(Messages.get("cli.restore.done", backup.path(), target));
        return 0;
    }

    private void restoreThroughTheDatabase(DatabaseFile target, BackupFile backup, char[] passphrase,
                                                  char[] backupPassphrase) {
        try (AppContext context = db.signedIn(AppContext.open(target.dataFile(), passphrase))) {
            context.services().protection().restore(backup, backupPassphrase);
        } catch (UnreadableDatabaseException e) {
            Backups.rescue(target, backup.path(), backupPassphrase);
        }
    }
}
