package org.fairaudit.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class FxUiExecutorTest {
    private final FxUiExecutor executor = new FxUiExecutor();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    @Test
    void workRunsInTheBackgroundAndTheResultArrivesOnTheFxThread() throws Exception {
        CompletableFuture<String> workThread = new CompletableFuture<>();
        CompletableFuture<Boolean> callbackOnFx = new CompletableFuture<>();

        Platform.runLater(() -> executor.submit(() -> {
            workThread.complete(Thread.currentThread().getName());
            return 42;
        }, result -> callbackOnFx.complete(Platform.isFxApplicationThread() && result == 42), callbackOnFx::completeExceptionally));

        assertThat(workThread.get(5, TimeUnit.SECONDS)).startsWith("fairaudit-worker-");
        assertThat(callbackOnFx.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aFailureReachesOnErrorOnTheFxThread() throws Exception {
        CompletableFuture<Throwable> failure = new CompletableFuture<>();

        executor.submit(() -> {
            throw new IllegalStateException("disk full");
        }, result -> { }, error -> failure.complete(Platform.isFxApplicationThread() ? error : null));

        assertThat(failure.get(5, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
    }

    @Test
    void longWorkIsListedWithProgressAndCanBeCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();

        executor.submitWithProgress("Exporting", progress -> {
            progress.progress(1, 4, "Sheet 1 of 4");
            started.countDown();
            while (!progress.isCancelled()) {
                Thread.onSpinWait();
            }
            return null;
        }, done -> outcome.complete(null), outcome::complete);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        // Task properties belong to the FX thread: read them there.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> !executor.runningTasks().isEmpty()
                && executor.runningTasks().get(0).getProgress() == 0.25));

        Worker<?> task = onFx(() -> executor.runningTasks().get(0));
        assertThat(onFx(task::getTitle)).isEqualTo("Exporting");
        assertThat(onFx(task::getMessage)).isEqualTo("Sheet 1 of 4");
        Platform.runLater(task::cancel);

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        assertThat(onFx(() -> executor.runningTasks().isEmpty())).isTrue();
    }

    @Test
    void idleActionsWaitForFollowUpWorkSubmittedByCallbacks() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        java.util.List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<Void> idle = new CompletableFuture<>();

        Platform.runLater(() -> {
            executor.submit(() -> release.await(5, TimeUnit.SECONDS), first -> {
                order.add("first");
                executor.submit(() -> "second", order::add, idle::completeExceptionally);
            }, idle::completeExceptionally);
            executor.whenIdle(() -> {
                order.add("idle");
                idle.complete(null);
            });
        });
        assertThat(onFx(order::isEmpty)).isTrue();
        release.countDown();

        idle.get(5, TimeUnit.SECONDS);
        assertThat(order).containsExactly("first", "second", "idle");
    }

    @Test
    void idleActionRunsAtOnceWhenNothingIsPending() throws Exception {
        assertThat(onFx(() -> {
            boolean[] ran = {false};
            executor.whenIdle(() -> ran[0] = true);
            return ran[0];
        })).isTrue();
    }
}
