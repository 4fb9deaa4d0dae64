package org.fairaudit.persistence;

import java.sql.SQLException;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.UserFacingFailure;

/** The database failed; the message is ready to show to the user, the cause is for the log. */
public class DatabaseException extends RuntimeException implements UserFacingFailure {
    public DatabaseException(Throwable cause) {
        this(Messages.get("db.failed"), cause);
    }

    protected DatabaseException(String message, Throwable cause) {
        super(message, withoutValues(cause));
    }

    /**
     * H2's messages can quote the values being written (a note, a worker pseudonym), and causes end up in the
     * log. The log keeps the error code, SQL state and stack, never the text.
     */
    static Throwable withoutValues(Throwable cause) {
        if (!(cause instanceof SQLException sql)) {
            return cause;
        }
        SQLException clean = new SQLException(
                "SQL error " + sql.getErrorCode() + " (SQLState " + sql.getSQLState() + ")",
                sql.getSQLState(), sql.getErrorCode());
        clean.setStackTrace(sql.getStackTrace());
        return clean;
    }
}
