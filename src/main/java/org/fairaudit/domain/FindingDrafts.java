package org.fairaudit.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Prefilled findings and actions: what marking a requirement non-compliant opens (DESIGN.md §2). */
public final class FindingDrafts {
    private FindingDrafts() {
    }

    public static Finding fromBreach(Audit audit, CodeOfConduct code, Requirement requirement, LocalDate today) {
        Set<ForcedLabourIndicator> indicators =
                requirement.indicator() == null ? Set.of() : Set.of(requirement.indicator());
        Severity severity = requirement.zeroTolerance() ? Severity.ZERO_TOLERANCE : requirement.defaultSeverity();
        return new Finding(UUID.randomUUID(), audit.supplierId(), audit.id(),
                List.of(new RequirementKey(code.id(), requirement.ref())), severity, "", "", null, Scope.ISOLATED,
                indicators, "", FindingStatus.OPEN, today, "", 0);
    }

    /** A corrective action due by the finding's severity; observations and good practice have no due date. */
    public static CorrectiveAction actionFor(Finding finding, LocalDate today) {
        return new CorrectiveAction(UUID.randomUUID(), finding.id(), "", "",
                finding.severity().defaultDueDate(today).orElse(null), ActionStatus.OPEN, "", null, "", 0);
    }
}
