package org.fairaudit.ui.audit;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.AuditClosedException;
import org.fairaudit.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits the checklist's edits one at a time, in order. Each save returns the record's new version; taking the
 * snapshot only when a save is sent means it carries the version the previous save returned, so quick successive
 * edits of one record never race each other into a {@code ConcurrentEditException}. Edits of the same record
 * waiting in the lane are merged into one save, and a snapshot equal to what is stored is not sent at all
 * (leaving a field without changing it must not write a new version and a change-log entry).
 */
final class SaveLane {
    enum State { IDLE, SAVING, SAVED, FAILED }

    private static final Logger LOG = LoggerFactory.getLogger(SaveLane.class);

    private final UiExecutor executor;
    private final Map<Object, PendingSave<?>> waiting = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private boolean sending;

    SaveLane(UiExecutor executor) {
        this.executor = executor;
    }

    /**
     * @param record   identifies the record; a later commit of the same record replaces a waiting one
     * @param snapshot   reads the record's current state when the save is sent (FX thread)
     * @param lastStored the record as last stored, to skip a save that would change nothing
     * @param store      the service call (background)
     * @param stored     receives the stored record (FX thread)
     */
    <T> void commit(Object record, Supplier<T> snapshot, Supplier<T> lastStored, Function<T, T> store,
                    Consumer<T> stored) {
        waiting.put(record, new PendingSave<>(snapshot, lastStored, store, stored));
        if (!sending) {
            sendNext();
        }
    }

    ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the last save failed, in words for the user. */
    ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    private void sendNext() {
        Iterator<PendingSave<?>> next = waiting.values().iterator();
        if (!next.hasNext()) {
            state.set(State.SAVED);
            return;
        }
        PendingSave<?> save = next.next();
        next.remove();
        sending = true;
        state.set(State.SAVING);
        save.send(executor, () -> {
            sending = false;
            sendNext();
        }, error -> {
            LOG.warn("An edit could not be saved", error);
            sending = false;
            waiting.clear();
            failure.set(failureMessage(error));
            state.set(State.FAILED);
        });
    }

    /** An audit closed meanwhile (in another window) says so; other failures ask to edit again. */
    private static String failureMessage(Throwable error) {
        return error instanceof AuditClosedException ? error.getMessage() : Messages.get("audit.save.failed");
    }

    private record PendingSave<T>(Supplier<T> snapshot, Supplier<T> lastStored, Function<T, T> store,
                                  Consumer<T> stored) {
        void send(UiExecutor executor, Runnable done, Consumer<Throwable> failed) {
            T value = snapshot.get();
            if (value.equals(lastStored.get())) {
                done.run();
                return;
            }
            executor.submit(() -> store.apply(value), saved -> {
                stored.accept(saved);
                done.run();
            }, failed);
        }
    }
}
