package org.fairaudit.ui.audit;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** The real pause: 600 ms after the last keystroke, on the JavaFX thread. */
final class PauseDebounce implements Debounce {
    static final Duration TYPING_PAUSE = Duration.millis(600);

    private final PauseTransition pause = new PauseTransition(TYPING_PAUSE);

    @Override
    public void restart(Runnable action) {
        pause.setOnFinished(event -> action.run());
        pause.playFromStart();
    }

    @Override
    public void stop() {
        pause.stop();
    }
}
