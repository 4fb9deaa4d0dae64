package org.fairaudit.ui.audit;

import java.util.List;
import java.util.UUID;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.ReviewEvent;

/** The accept and return events of an audit, oldest first ({@code ReviewService::auditHistory}). */
@FunctionalInterface
public interface ReviewHistory {
    List<ReviewEvent<AuditStatus>> of(UUID auditId);
}
