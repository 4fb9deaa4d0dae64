package org.fairaudit.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.fairaudit.ui.common.ProgressWork;
import org.fairaudit.ui.common.UiExecutor;
import org.junit.jupiter.api.Test;

class SaveLaneTest {
    /** Holds submitted work until the test runs it, like a background thread that has not finished yet. */
    private static final class HeldExecutor implements UiExecutor {
        final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
            held.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onError.accept(e);
                }
            });
        }

        @Override
        public <T> void submitWithProgress(String title, ProgressWork<T> work, Consumer<T> onSuccess,
                                           Consumer<Throwable> onError) {
            throw new UnsupportedOperationException();
        }

        void finishOne() {
            held.removeFirst().run();
        }
    }

    private record Versioned(String text, long version) {
    }

    @Test
    void editsMadeWhileASaveIsRunningAreMergedAndCarryTheNewVersion() {
        HeldExecutor executor = new HeldExecutor();
        SaveLane lane = new SaveLane(executor);
        Versioned[] local = {new Versioned("a", 1)};
        List<Versioned> stored = new ArrayList<>();
        Runnable commit = () -> lane.commit("record", () -> local[0], () -> null, value -> {
            stored.add(value);
            return new Versioned(value.text(), value.version() + 1);
        }, saved -> local[0] = new Versioned(local[0].text(), saved.version()));

        commit.run();
        local[0] = new Versioned("ab", local[0].version());
        commit.run();
        local[0] = new Versioned("abc", local[0].version());
        commit.run();
        assertThat(lane.stateProperty().get()).isEqualTo(SaveLane.State.SAVING);

        executor.finishOne();
        executor.finishOne();

        assertThat(stored).containsExactly(new Versioned("a", 1), new Versioned("abc", 2));
        assertThat(executor.held).isEmpty();
        assertThat(lane.stateProperty().get()).isEqualTo(SaveLane.State.SAVED);
    }

    @Test
    void aFailedSaveIsReported() {
        HeldExecutor executor = new HeldExecutor();
        SaveLane lane = new SaveLane(executor);
        lane.commit("record", () -> "x", () -> null, value -> {
            throw new IllegalStateException("disk full");
        }, saved -> { });

        executor.finishOne();

        assertThat(lane.stateProperty().get()).isEqualTo(SaveLane.State.FAILED);
    }

    @Test
    void aSnapshotEqualToWhatIsStoredIsNotSent() {
        HeldExecutor executor = new HeldExecutor();
        SaveLane lane = new SaveLane(executor);
        List<String> sent = new ArrayList<>();

        lane.commit("record", () -> "unchanged", () -> "unchanged", value -> {
            sent.add(value);
            return value;
        }, saved -> { });

        assertThat(executor.held).isEmpty();
        assertThat(sent).isEmpty();
        assertThat(lane.stateProperty().get()).isEqualTo(SaveLane.State.SAVED);
    }
}
