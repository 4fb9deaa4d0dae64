package org.fairaudit.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.fairaudit.service.ProgressListener;

/**
 * Runs work on a small pool of daemon threads as {@link Task}s; success and error callbacks run on the JavaFX
 * thread. Long work is listed in {@link #runningTasks()} (title, progress, message, cancel) while it runs.
 * A cancelled task reaches {@code onError} as a {@link CancellationException}.
 */
public final class FxUiExecutor implements UiExecutor, AutoCloseable {
    private static final int THREADS = 2;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS, new DaemonThreads());
    private final ObservableList<Worker<?>> running = FXCollections.observableArrayList();
    private final ObservableList<Worker<?>> runningView = FXCollections.unmodifiableObservableList(running);
    /** Submitted tasks whose callback has not run yet, and what waits for none to remain; FX thread only. */
    private int unfinished;
    private final List<Runnable> whenIdle = new ArrayList<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        start(task, onSuccess, onError, false);
    }

    @Override
    public <T> void submitWithProgress(String title, ProgressWork<T> work, Consumer<T> onSuccess,
                                       Consumer<Throwable> onError) {
        Task<T> task = new ProgressTask<>(title, work);
        start(task, onSuccess, onError, true);
    }

    /** Long tasks now running, for the status bar; changes happen on the JavaFX thread. */
    public ObservableList<Worker<?>> runningTasks() {
        return runningView;
    }

    /**
     * Runs {@code action} on the JavaFX thread as soon as every submitted task has finished and its callback has run
     * (at once when none is pending); callbacks that submit more work keep it waiting. Call on the JavaFX thread.
     */
    public void whenIdle(Runnable action) {
        if (unfinished == 0) {
            action.run();
        } else {
            whenIdle.add(action);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private <T> void start(Task<T> task, Consumer<T> onSuccess, Consumer<Throwable> onError, boolean listed) {
        task.setOnSucceeded(e -> finish(task, () -> onSuccess.accept(task.getValue())));
        task.setOnFailed(e -> finish(task, () -> onError.accept(task.getException())));
        task.setOnCancelled(e -> finish(task, () -> onError.accept(new CancellationException(task.getTitle()))));
        // The list is only touched on the FX thread; screens submit from it, but a caller elsewhere is tolerated.
        runOnFxThread(() -> {
            unfinished++;
            if (listed) {
                running.add(task);
            }
            pool.execute(task);
        });
    }

    private void finish(Task<?> task, Runnable callback) {
        running.remove(task);
        try {
            callback.run();
        } finally {
            unfinished--;
            if (unfinished == 0 && !whenIdle.isEmpty()) {
                List<Runnable> actions = List.copyOf(whenIdle);
                whenIdle.clear();
                actions.forEach(Runnable::run);
            }
        }
    }

    private static void runOnFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** Bridges the services' {@link ProgressListener} to the task's thread-safe progress properties. */
    private static final class ProgressTask<T> extends Task<T> {
        private final ProgressWork<T> work;

        ProgressTask(String title, ProgressWork<T> work) {
            this.work = work;
            updateTitle(title);
        }

        @Override
        protected T call() throws Exception {
            return work.run(new ProgressListener() {
                @Override
                public void progress(long done, long total, String message) {
                    updateProgress(done, total);
                    updateMessage(message);
                }

                @Override
                public boolean isCancelled() {
                    return ProgressTask.this.isCancelled();
                }
            });
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "fairaudit-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
