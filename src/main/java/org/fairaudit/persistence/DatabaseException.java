package org.fairaudit.persistence;

import org.fairaudit.i18n.Messages;

/** The database failed; the message is ready to show to the user, the cause is for the log. */
public class DatabaseException extends RuntimeException {
    public DatabaseException(Throwable cause) {
        this(Messages.get("db.failed"), cause);
    }

    protected DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
