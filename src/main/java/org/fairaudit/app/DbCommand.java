package org.fairaudit.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fairaudit.i18n.Messages;
import org.fairaudit.persistence.DatabaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code db encrypt | decrypt | passphrase}: the database's encryption at rest (docs/decisions/0016). */
@Command(name = "db", mixinStandardHelpOptions = true,
        subcommands = {DbCommand.Encrypt.class, DbCommand.Decrypt.class, DbCommand.ChangePassphrase.class})
final class DbCommand {

    /** Shared by the three commands: open, change, report; the passphrases are wiped whatever happens. */
    abstract static class Change implements Callable<Integer> {
        @Mixin
        DatabaseOption db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            char[] next = null;
            try (AppContext context = db.openExisting()) {
                check(context.services().protection().isEncrypted());
                char[] current = currentPassphrase();
                try {
                    next = nextPassphrase();
                    int plainBackups = context.services().protection().changePassphrase(current, next);
                    spec.commandLine().getOut().println(Messages.get(doneKey(), context.databasePath()));
                    if (plainBackups > 0) {
                        spec.commandLine().getOut().println(Messages.get("cli.db.plainBackupsLeft", plainBackups,
                                Path.of(context.databasePath()).resolveSibling("backups")));
                    }
                } finally {
                    DatabaseOption.wipe(current);
                }
            } finally {
                DatabaseOption.wipe(next);
            }
            return 0;
        }

        /** The passphrase now in force (null when the database is plain). */
        char[] currentPassphrase() {
            return db.passphrase(db.resolve(), System.getenv());
        }

        abstract void check(boolean encrypted);

        abstract char[] nextPassphrase();

        abstract String doneKey();
    }

    @Command(name = "encrypt", mixinStandardHelpOptions = true)
    static final class Encrypt extends Change {
        @Override
        char[] currentPassphrase() {
            return null;
        }

        /** The database is plain, so {@code --passphrase-file} can only mean the passphrase to encrypt with. */
        @Override
        char[] nextPassphrase() {
            char[] given = db.passphrase(false, DatabaseFile.of(db.resolve()), System.getenv());
            return given != null ? given : ConsolePassphrase.askNew();
        }

        @Override
        void check(boolean encrypted) {
            if (encrypted) {
                throw new IllegalArgumentException(Messages.get("cli.db.alreadyEncrypted"));
            }
        }

        @Override
        String doneKey() {
            return "cli.db.encrypted";
        }
    }

    @Command(name = "decrypt", mixinStandardHelpOptions = true)
    static final class Decrypt extends Change {
        @Override
        void check(boolean encrypted) {
            if (!encrypted) {
                throw new IllegalArgumentException(Messages.get("cli.db.notEncrypted"));
            }
        }

        @Override
        char[] nextPassphrase() {
            return null;
        }

        @Override
        String doneKey() {
            return "cli.db.decrypted";
        }
    }

    @Command(name = "passphrase", mixinStandardHelpOptions = true)
    static final class ChangePassphrase extends Change {
        @Override
        void check(boolean encrypted) {
            if (!encrypted) {
                throw new IllegalArgumentException(Messages.get("cli.db.notEncrypted"));
            }
        }

        @Option(names = "--new-passphrase-file", paramLabel = "FILE")
        Path newPassphraseFile;

        @Override
        char[] nextPassphrase() {
            return newPassphraseFile != null ? SecretFile.firstLine(newPassphraseFile) : ConsolePassphrase.askNew();
        }

        @Override
        String doneKey() {
            return "cli.db.passphraseChanged";
        }
    }
}
