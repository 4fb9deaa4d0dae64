package org.fairaudit.persistence;

import java.nio.file.Path;
import org.fairaudit.i18n.Messages;

/** A file offered for restore is not a usable backup; nothing was changed. */
public class InvalidBackupException extends DatabaseException {
    InvalidBackupException(String key, Path zip, Throwable cause) {
        super(Messages.get(key, zip), cause);
    }
}
