package org.fairaudit.ui.audit;

import java.util.UUID;
import java.util.stream.Collectors;
import org.fairaudit.domain.CodeRef;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.AuditSummary;

/** A row of the audit list, as shown. */
record AuditRow(UUID auditId, String supplier, String type, String status, String startDate, String codes,
                String progress) {

    static AuditRow of(AuditSummary summary) {
        var audit = summary.audit();
        return new AuditRow(audit.id(), summary.supplierName(),
                Messages.of(audit.type()) + " · " + Messages.of(audit.announcement()),
                Messages.of(audit.status()),
                audit.startDate() == null ? "" : audit.startDate().toString(),
                audit.codes().stream().map(CodeRef::toString).collect(Collectors.joining(", ")),
                Messages.get("audit.progress", summary.assessed(), summary.applicable()));
    }
}
