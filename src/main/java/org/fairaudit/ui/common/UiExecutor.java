package org.fairaudit.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way screens run database, file and Excel work: off the JavaFX thread, with results and errors
 * delivered back on it. Tests inject {@link DirectUiExecutor}, which runs everything on the calling thread.
 */
public interface UiExecutor {
    /** Short work (a query, a save): no progress shown. */
    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError);

    /** Long work (export, import, demo data): progress and cancel are shown in the status bar under {@code title}. */
    <T> void submitWithProgress(String title, ProgressWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError);
}
