package org.fairaudit.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.fairaudit.service.ProgressListener;

/** Runs work on the calling thread: for ViewModel tests, so that no test sleeps or waits. */
public final class DirectUiExecutor implements UiExecutor {
    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onError.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public <T> void submitWithProgress(String title, ProgressWork<T> work, Consumer<T> onSuccess,
                                       Consumer<Throwable> onError) {
        submit(() -> work.run(ProgressListener.NONE), onSuccess, onError);
    }
}
