package org.fairaudit.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option shared by the commands that work on a database. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "PATH")
    Path database;

    Path resolve() {
        return DataLocation.database(database);
    }
}
