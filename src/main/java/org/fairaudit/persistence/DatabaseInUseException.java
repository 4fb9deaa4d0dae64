package org.fairaudit.persistence;

import org.fairaudit.i18n.Messages;

/** Another running FairAudit holds the database file; the message is ready to show to the user. */
public class DatabaseInUseException extends DatabaseException {
    DatabaseInUseException(DatabaseFile file, Throwable cause) {
        super(DatabaseOwner.describe(file)
                .map(owner -> Messages.get("db.inUseBy", file, owner))
                .orElseGet(() -> Messages.get("db.inUse", file)), cause);
    }
}
