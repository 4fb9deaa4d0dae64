package org.fairaudit.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.fairaudit.i18n.Messages;
import org.fairaudit.persistence.DatabaseFile;
import picocli.CommandLine.Option;

/** The {@code --db PATH} and {@code --passphrase-file FILE} options shared by the commands that work on a database. */
final class DatabaseOption {
    static final String PASSPHRASE_FILE_ENV = "FAIRAUDIT_DB_PASSPHRASE_FILE";

    @Option(names = "--db", paramLabel = "PATH")
    Path database;

    @Option(names = "--passphrase-file", paramLabel = "FILE")
    Path passphraseFile;

    Path resolve() {
        return DataLocation.database(database);
    }

    /** Opens the existing database, asking for its passphrase when it is encrypted and no file gives it. */
    AppContext openExisting() {
        Path db = resolve();
        AppContext.requireExisting(db);
        return open(db);
    }

    /** Opens or creates the database; a new one is encrypted when a passphrase file is given. */
    AppContext openOrCreate() {
        return open(resolve());
    }

    private AppContext open(Path db) {
        char[] passphrase = passphrase(db, System.getenv());
        try {
            return AppContext.open(db, passphrase);
        } finally {
            wipe(passphrase);
        }
    }

    /**
     * The passphrase: from {@code --passphrase-file}, else the file named by {@value #PASSPHRASE_FILE_ENV}, else
     * typed at the terminal when the database is encrypted; null for a plain database. The caller wipes it.
     */
    char[] passphrase(Path db, Map<String, String> env) {
        DatabaseFile file = DatabaseFile.of(db);
        return passphrase(file.exists() && file.isEncrypted(), file, env);
    }

    /** As {@link #passphrase(Path, Map)}, prompting only when {@code needed}. */
    char[] passphrase(boolean needed, DatabaseFile file, Map<String, String> env) {
        if (passphraseFile != null) {
            return SecretFile.firstLine(passphraseFile);
        }
        String fromEnv = env.get(PASSPHRASE_FILE_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return SecretFile.firstLine(Path.of(fromEnv));
        }
        return needed ? ConsolePassphrase.ask(Messages.get("cli.db.passphrasePrompt", file)) : null;
    }

    static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
