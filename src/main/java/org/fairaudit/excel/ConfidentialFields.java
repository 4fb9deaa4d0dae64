package org.fairaudit.excel;

import org.fairaudit.domain.AuditReport;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingWithActions;
import org.fairaudit.domain.Response;

/**
 * Blanks interview notes and worker pseudonyms. Done once, before any sheet or the digest sees a report that
 * leaves them out, so that no sheet can leak them by mistake.
 */
final class ConfidentialFields {
    private ConfidentialFields() {
    }

    static AuditReport redacted(AuditReport report) {
        return new AuditReport(report.supplier(), report.workforce(), report.agencies(), report.fees(), report.audit(),
                report.codes(),
                report.responses().stream().map(ConfidentialFields::withoutInterviewNotes).toList(),
                report.findings().stream().map(ConfidentialFields::withoutPseudonyms).toList(),
                report.rating(), report.crosswalk(), report.generatedBy(), report.generatedAt(),
                report.appVersion());
    }

    private static Response withoutInterviewNotes(Response r) {
        return new Response(r.id(), r.auditId(), r.requirement(), r.result(), r.evidence(), r.notes(), "",
                r.version());
    }

    private static FindingWithActions withoutPseudonyms(FindingWithActions entry) {
        Finding f = entry.finding();
        Finding redacted = new Finding(f.id(), f.supplierId(), f.auditId(), f.requirements(), f.severity(),
                f.description(), f.evidence(), f.workersAffected(), f.scope(), f.indicators(), f.rootCause(),
                f.status(), f.raisedOn(), "", f.version());
        return new FindingWithActions(redacted, entry.actions());
    }
}
