package org.fairaudit.app;

import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.main.BusyWindow;
import org.slf4j.LoggerFactory;

/**
 * Closing the main window: the rolling backup and the database's shutdown (seconds on a large portfolio, see
 * docs/decisions/0026) run on a thread of their own while a small window says so, and the application ends when they
 * are done. The JavaFX thread stays free, and nobody starts FairAudit again on a file that is still held because
 * nothing seemed to happen.
 */
final class ClosingInBackground {
    private ClosingInBackground() {
    }

    /**
     * Hides {@code main}, runs {@code close} on a new thread (not a daemon: the JVM waits for it) and then, on the
     * JavaFX thread, {@code whenClosed}. Call on the JavaFX thread.
     */
    static void start(Stage main, Image icon, Runnable close, Runnable whenClosed) {
        Platform.setImplicitExit(false); // between the main window and the end, maybe no window shows
        main.hide();
        BusyWindow saving = BusyWindow.showAfter(BusyWindow.USUAL_DELAY, icon, Messages.get("main.closing"));
        Thread closing = new Thread(() -> {
            try {
                close.run();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(ClosingInBackground.class).error("Could not close the database cleanly", e);
            } finally {
                Platform.runLater(() -> {
                    saving.close();
                    whenClosed.run();
                });
            }
        }, "fairaudit-close");
        closing.setDaemon(false); // it would inherit the JavaFX thread's flag
        closing.start();
    }
}
