package org.fairaudit.persistence;

import org.fairaudit.i18n.Messages;

/** The file is damaged or not an H2 database at all; restoring a backup is the way out. */
public class UnreadableDatabaseException extends DatabaseException {
    private final transient DatabaseFile file;

    UnreadableDatabaseException(DatabaseFile file, Throwable cause) {
        super(Messages.get("db.unreadable", file), cause);
        this.file = file;
    }

    public DatabaseFile file() {
        return file;
    }
}
