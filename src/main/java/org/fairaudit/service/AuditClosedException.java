package org.fairaudit.service;

import org.fairaudit.domain.AuditStatus;
import org.fairaudit.i18n.Messages;

/**
 * The checklist of a submitted or accepted audit is closed: a brand must be able to trust that the audit it accepted
 * is the audit that was accepted. Returning the audit opens it again.
 */
public class AuditClosedException extends RuntimeException {
    public AuditClosedException(AuditStatus status) {
        super(status == AuditStatus.ACCEPTED ? Messages.get("audit.closed.accepted")
                : Messages.get("audit.closed.submitted"));
    }
}
