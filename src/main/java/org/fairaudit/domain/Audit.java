package org.fairaudit.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An audit of one supplier against one or more pinned code versions. */
public record Audit(
        UUID id,
        UUID supplierId,
        List<CodeRef> codes,
        AuditType type,
        Announcement announcement,
        LocalDate startDate,
        LocalDate endDate,
        String leadAuditor,
        String team,
        AuditStatus status,
        InterviewCounts interviews,
        long version) {

    public Audit {
        codes = List.copyOf(codes);
    }
}
