package org.fairaudit.ui.common;

/**
 * Runs an action once input has settled (search as the user types, commit after a pause in typing).
 * Tests use {@code Runnable::run}, or a debouncer they end by hand.
 */
@FunctionalInterface
public interface Debouncer {
    /** Schedules {@code action}, replacing any action scheduled before and not yet run. */
    void schedule(Runnable action);

    /** Forgets the scheduled action, e.g. because it is being run at once. A debouncer that runs at once has none. */
    default void cancel() {
    }
}
