package org.fairaudit.excel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Sheet;
import org.fairaudit.domain.AuditReport;

/**
 * What every sheet writer needs.
 *
 * @param report               the report with confidential fields already redacted unless included
 * @param confidentialIncluded whether the confidential fields are written (the file is then encrypted)
 * @param zone                 time zone of the user, for the generation time and for "overdue" (as of the day generated)
 */
record ReportContext(AuditReport report, boolean confidentialIncluded, ReportIndex index, ReportStyles styles, ExportProgress progress, ZoneId zone) {

    LocalDateTime generatedAt() {
        return LocalDateTime.ofInstant(report.generatedAt(), zone);
    }

    LocalDate reportDate() {
        return generatedAt().toLocalDate();
    }

    /** Reports the sheet as the one being written and sets its column widths, given in characters. */
    <S extends Sheet> S start(S sheet, int... widths) {
        progress.startSheet(sheet.getSheetName());
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        return sheet;
    }
}
