package org.fairaudit.ui.audit;

/**
 * Runs an action once typing has paused. Text fields commit through one, and flush it on focus loss;
 * tests use a manual implementation instead of waiting.
 */
interface Debounce {
    /** (Re)starts the pause; {@code action} runs when it ends without another restart. */
    void restart(Runnable action);

    /** Forgets the pending action. */
    void stop();
}
