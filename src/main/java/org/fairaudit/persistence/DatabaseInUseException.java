package org.fairaudit.persistence;

import org.fairaudit.i18n.Messages;

/** Another running FairAudit holds the database file; the message is ready to show to the user. */
public class DatabaseInUseException extends DatabaseException {
    public DatabaseInUseException(String location, Throwable cause) {
        super(Messages.get("db.inUse", location), cause);
    }
}
