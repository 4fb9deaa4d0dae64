package org.fairaudit.excel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.fairaudit.domain.AuditReport;

/**
 * What every sheet writer needs.
 *
 * @param report the report with confidential fields already redacted unless included
 * @param zone   time zone of the user, for the generation time and for "overdue" (as of the day generated)
 */
record ReportContext(AuditReport report, ReportIndex index, ReportStyles styles, ExportProgress progress, ZoneId zone) {

    LocalDateTime generatedAt() {
        return LocalDateTime.ofInstant(report.generatedAt(), zone);
    }

    LocalDate reportDate() {
        return generatedAt().toLocalDate();
    }
}
