package org.fairaudit.service;

import java.time.LocalDate;
import java.util.UUID;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.Severity;

/**
 * Filters of the findings list; a {@code null} criterion matches everything.
 *
 * @param text words the finding's description or supplier name contains, ignoring case; blank matches everything
 */
public record FindingFilter(UUID supplierId, UUID auditId, Severity severity, FindingStatus status,
                            boolean overdueOnly, LocalDate today, String text) {
    public FindingFilter(UUID supplierId, UUID auditId, Severity severity, FindingStatus status, boolean overdueOnly,
                         LocalDate today) {
        this(supplierId, auditId, severity, status, overdueOnly, today, null);
    }

    public static FindingFilter all(LocalDate today) {
        return new FindingFilter(null, null, null, null, false, today);
    }

    /** The same filter with another text. */
    public FindingFilter withText(String newText) {
        return new FindingFilter(supplierId, auditId, severity, status, overdueOnly, today, newText);
    }
}
