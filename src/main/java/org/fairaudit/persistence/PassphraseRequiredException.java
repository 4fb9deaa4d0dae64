package org.fairaudit.persistence;

import org.fairaudit.i18n.Messages;

/** The database file is encrypted and no passphrase was given. */
public class PassphraseRequiredException extends DatabaseException {
    PassphraseRequiredException(DatabaseFile file) {
        super(Messages.get("db.passphraseRequired", file), null);
    }
}
