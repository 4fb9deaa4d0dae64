package org.fairaudit.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the JavaFX thread: the action runs when no new schedule came for {@code quiet}. */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition pause;

    public FxDebouncer(Duration quiet) {
        pause = new PauseTransition(quiet);
    }

    @Override
    public void schedule(Runnable action) {
        pause.setOnFinished(e -> action.run());
        pause.playFromStart();
    }

    @Override
    public void cancel() {
        pause.stop();
    }
}
