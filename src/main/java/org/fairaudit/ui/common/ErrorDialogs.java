package org.fairaudit.ui.common;

import java.util.concurrent.CancellationException;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.AuditClosedException;
import org.fairaudit.service.ConcurrentEditException;
import org.fairaudit.service.UserFacingFailure;
import org.fairaudit.service.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The application's {@link ErrorReporter}: logs the failure once and shows a plain message, never a stack trace. */
public final class ErrorDialogs implements ErrorReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialogs.class);

    private final java.util.function.Supplier<Window> owner;

    /** @param owner the window the message belongs to (may supply {@code null} before the main window shows) */
    public ErrorDialogs(java.util.function.Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void report(Throwable error) {
        if (error instanceof CancellationException) {
            return; // the user asked for it; nothing went wrong
        }
        LOG.error("Background work failed", error);
        Alert alert = new Alert(Alert.AlertType.ERROR, userMessage(error));
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(Messages.get("error.header"));
        alert.initOwner(owner.get());
        alert.show();
    }

    /** The plain sentence shown to the user for a failure. */
    public static String userMessage(Throwable error) {
        if (error instanceof ConcurrentEditException) {
            return Messages.get("error.concurrentEdit");
        }
        if (error instanceof ValidationException) {
            return Messages.get("error.invalid");
        }
        if (error instanceof UserFacingFailure) {
            return error.getMessage(); // written for the user: "the passphrase does not unlock …"
        }
        if (error instanceof AuditClosedException) {
            return error.getMessage(); // already a sentence for the user
        }
        return Messages.get("error.unexpected");
    }
}
