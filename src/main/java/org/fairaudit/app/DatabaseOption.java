package org.fairaudit.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.fairaudit.i18n.Messages;
import org.fairaudit.persistence.DatabaseFile;
import picocli.CommandLine.Option;

/**
 * The options shared by the commands that work on a database: where it is, its passphrase when it is encrypted, and
 * who is working on it. A database whose only profile has no password needs no profile option.
 */
final class DatabaseOption {
    static final String PASSPHRASE_FILE_ENV = "FAIRAUDIT_DB_PASSPHRASE_FILE";

    @Option(names = "--db", paramLabel = "PATH")
    Path database;

    @Option(names = "--profile", paramLabel = "NAME")
    String profileName;

    @Option(names = "--profile-password-file", paramLabel = "FILE")
    Path profilePasswordFile;

    @Option(names = "--passphrase-file", paramLabel = "FILE")
    Path passphraseFile;

    Path resolve() {
        return DataLocation.database(database);
    }

    /** Opens the existing database, asking for its passphrase when it is encrypted, and signs in. */
    AppContext openExisting() {
        Path db = resolve();
        AppContext.requireExisting(db);
        return signedIn(open(db));
    }

    /**
     * Opens or creates the database (a new one is encrypted when a passphrase file is given); the first profile of a
     * new database is made from {@code --profile}.
     */
    AppContext openOrCreate() {
        AppContext context = open(resolve());
        if (context.services().accounts().signInChoices().isEmpty()) {
            context.createFirstProfile(profileName);
            return context;
        }
        return signedIn(context);
    }

    /** Signs in as the profile the options name; closes the context when that fails. */
    AppContext signedIn(AppContext context) {
        try {
            context.signIn(profileName, profilePasswordFile == null ? new char[0]
                    : SecretFile.firstLine(profilePasswordFile));
            return context;
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
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
