package org.fairaudit.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
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

    /**
     * A finding prefilled from a substantiated monitor report: supplier, requirements, indicators (the report's and
     * those the requirements test), workers affected and the allegation as description. Severity is the gravest
     * default of the requirements (zero tolerance when any is); major when the report names none.
     *
     * @param requirements the requirements the report names, as defined in their codes
     */
    public static Finding fromMonitorReport(MonitorReport report, List<Requirement> requirements, LocalDate today) {
        Set<ForcedLabourIndicator> indicators = EnumSet.noneOf(ForcedLabourIndicator.class);
        indicators.addAll(report.indicators());
        requirements.stream().map(Requirement::indicator).filter(i -> i != null).forEach(indicators::add);
        Severity severity = requirements.stream()
                .map(r -> r.zeroTolerance() ? Severity.ZERO_TOLERANCE : r.defaultSeverity())
                .min(Comparator.naturalOrder()).orElse(Severity.MAJOR);
        return new Finding(UUID.randomUUID(), report.supplierId(), null, report.requirements(), severity,
                report.allegation(), report.evidence(), report.workersAffected(), Scope.ISOLATED, indicators, "",
                FindingStatus.OPEN, today, report.workerPseudonyms(), 0);
    }

    /** A corrective action due by the finding's severity; observations and good practice have no due date. */
    public static CorrectiveAction actionFor(Finding finding, LocalDate today) {
        return new CorrectiveAction(UUID.randomUUID(), finding.id(), "", "",
                finding.severity().defaultDueDate(today).orElse(null), ActionStatus.OPEN, "", null, "", 0);
    }
}
