package org.fairaudit.ui.audit;

/** A debounce the test ends by hand: {@link #elapse()} is "the user stopped typing for 600 ms". */
final class ManualDebounce implements Debounce {
    private Runnable pending;

    @Override
    public void restart(Runnable action) {
        pending = action;
    }

    @Override
    public void stop() {
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
