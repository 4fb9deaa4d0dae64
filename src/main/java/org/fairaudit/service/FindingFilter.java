package org.fairaudit.service;

import java.time.LocalDate;
import java.util.UUID;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.Severity;

/** Filters of the findings list; a {@code null} criterion matches everything. */
public record FindingFilter(UUID supplierId, UUID auditId, Severity severity, FindingStatus status,
                            boolean overdueOnly, LocalDate today) {
    public static FindingFilter all(LocalDate today) {
        return new FindingFilter(null, null, null, null, false, today);
    }
}
