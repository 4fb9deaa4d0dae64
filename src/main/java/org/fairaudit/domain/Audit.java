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

    /** Whether {@code edited} is this audit with at most another status; versions are not compared. */
    public boolean differsOnlyInStatus(Audit edited) {
        return equals(new Audit(edited.id, edited.supplierId, edited.codes, edited.type, edited.announcement,
                edited.startDate, edited.endDate, edited.leadAuditor, edited.team, status, edited.interviews, version));
    }
}
