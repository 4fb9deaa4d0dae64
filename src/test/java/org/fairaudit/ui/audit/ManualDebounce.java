package org.fairaudit.ui.audit;

import org.fairaudit.ui.common.Debouncer;

/** A debouncer the test ends by hand: {@link #elapse()} is "the user stopped typing for 600 ms". */
final class ManualDebounce implements Debouncer {
    private Runnable pending;

    @Override
    public void schedule(Runnable action) {
        pending = action;
    }

    @Override
    public void cancel() {
        pending = null;
    }

    boolean isPending() {
        return pending != null;
    }

    void elapse() {
        Runnable action = pending;
        pending = null;
        if (action != null) {
            action.run();
        }
    }
}
