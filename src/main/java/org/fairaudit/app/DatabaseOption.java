package org.fairaudit.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options shared by the commands that work on a database: where it is, and who is working on it. A database
 * whose only profile has no password needs no profile option.
 */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "PATH")
    Path database;

    @Option(names = "--profile", paramLabel = "NAME")
    String profileName;

    @Option(names = "--profile-password-file", paramLabel = "FILE")
    Path profilePasswordFile;

    Path resolve() {
        return DataLocation.database(database);
    }

    /** Opens an existing database and signs in as the profile the options name. */
    AppContext openExisting() {
        AppContext context = AppContext.openExisting(resolve());
        return signedIn(context);
    }

    /** Opens or creates the database; the first profile of a new database is made from {@code --profile}. */
    AppContext openOrCreate() {
        AppContext context = AppContext.open(resolve());
        if (context.services().accounts().signInChoices().isEmpty()) {
            context.createFirstProfile(profileName);
            return context;
        }
        return signedIn(context);
    }

    private AppContext signedIn(AppContext context) {
        try {
            context.signIn(profileName, profilePasswordFile == null ? new char[0]
                    : SecretFiles.firstLine(profilePasswordFile));
            return context;
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }
}
