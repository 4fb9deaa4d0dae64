package org.fairaudit.ui.common;

/** Runs an action once input has settled (e.g. search as the user types). Tests use {@code Runnable::run}. */
@FunctionalInterface
public interface Debouncer {
    /** Schedules {@code action}, replacing any action scheduled before and not yet run. */
    void schedule(Runnable action);
}
