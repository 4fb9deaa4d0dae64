package org.fairaudit.excel;

import static org.fairaudit.i18n.Messages.get;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.fairaudit.domain.AuditReport;
import org.fairaudit.domain.CodeOfConduct;

/** Provenance: who generated the report and when, code versions, the data digest, and what was left out. */
final class AboutSheet {
    private static final int[] COLUMN_WIDTHS = {28, 24, 44, 30};

    private final ReportContext context;
    private final String digest;

    AboutSheet(ReportContext context, String digest) {
        this.context = context;
        this.digest = digest;
    }

    void write(Workbook workbook) {
        AuditReport report = context.report();
        String name = get("excel.sheet.about");
        Sheet sheet = context.start(workbook.createSheet(name), COLUMN_WIDTHS);
        SheetCursor cursor = new SheetCursor(sheet, context.styles());
        cursor.title(get("excel.about.title"));
        cursor.skip(1);
        cursor.pair(get("excel.about.generatedBy")).text(get("excel.about.generatedByValue",
                report.generatedBy().name(), Labels.of(report.generatedBy().role())));
        cursor.pair(get("excel.about.generatedAt")).dateTime(context.generatedAt());
        cursor.pair(get("excel.about.version")).text(report.appVersion());
        cursor.pair(get("excel.about.confidential"))
                .text(get(context.confidentialIncluded() ? "excel.about.included" : "excel.about.redacted"),
                        context.styles().line);

        cursor.heading(get("excel.about.codes"));
        cursor.header(List.of(get("excel.about.code.id"), get("excel.about.code.version"),
                get("excel.about.code.title"), get("excel.about.code.issuer")));
        for (CodeOfConduct code : report.codes()) {
            cursor.row().text(code.id()).text(code.version()).text(code.title()).text(code.issuer());
        }

        cursor.heading(get("excel.about.digest"));
        cursor.row().text(digest, context.styles().line);
        cursor.line(get("excel.about.digestScope"));
        TableSheet.fitToPageWidth(sheet, false);
        context.progress().row();
    }
}
