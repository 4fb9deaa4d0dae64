package org.fairaudit.service;

import java.util.List;
import java.util.UUID;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Severity;

/** What a monitor may see of a finding linked to its report: whether it is remediated, not the audit behind it. */
public record LinkedFinding(UUID findingId, List<RequirementKey> requirements, Severity severity,
                            FindingStatus status, int openActions) {
    public LinkedFinding {
        requirements = List.copyOf(requirements);
    }
}
