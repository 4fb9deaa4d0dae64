package org.fairaudit.app;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.fairaudit.persistence.DatabaseFile;

/**
 * Opens an existing, unencrypted database on its own thread while the JavaFX toolkit starts: each takes most of a
 * second on a cold JVM, and neither needs the other. A new or encrypted database first needs a dialog, so it is
 * opened later, by the window.
 */
final class EarlyOpening {
    private final FutureTask<AppContext> opening;

    private EarlyOpening(Path db) {
        opening = new FutureTask<>(() -> AppContext.open(db));
        Thread thread = new Thread(opening, "fairaudit-open-database");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts opening {@code db} when it exists and is not encrypted; null otherwise. */
    static EarlyOpening startIfNoDialogNeeded(Path db) {
        DatabaseFile file = DatabaseFile.of(db);
        return file.exists() && !file.isEncrypted() ? new EarlyOpening(db) : null;
    }

    /** Waits for the database; throws what opening threw (second instance, damaged file, …) as it was thrown. */
    AppContext await() throws Exception {
        try {
            return opening.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
