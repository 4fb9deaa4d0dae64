package org.fairaudit.persistence;

import org.fairaudit.i18n.Messages;

/** The passphrase does not decrypt the database file. */
public class WrongPassphraseException extends DatabaseException {
    WrongPassphraseException(DatabaseFile file, Throwable cause) {
        super(Messages.get("db.wrongPassphrase", file), cause);
    }
}
