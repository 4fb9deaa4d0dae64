package org.fairaudit.service;

import org.fairaudit.i18n.Messages;

/** A review step that the record's current state does not allow (e.g. accepting an audit that is not submitted). */
public class TransitionRefusedException extends RuntimeException {
    public TransitionRefusedException(String messageKey, Object... args) {
        super(Messages.get(messageKey, args));
    }
}
