package org.fairaudit.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fairaudit.domain.AuditReport;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.service.AuditReportWriter;
import org.fairaudit.service.ConfidentialExport;
import org.fairaudit.service.ProgressListener;

/**
 * Writes the audit report workbook (DESIGN.md §6): Summary, Checklist, Findings &amp; CAP, Workforce &amp;
 * interviews, Recruitment fees, Crosswalk, About.
 *
 * <p>The Summary and its chart are built on an in-memory XSSF workbook, which then becomes the template of
 * a streaming SXSSF workbook for the other sheets, so memory stays bounded whatever the number of
 * findings. The file is written next to the target under a temporary name and moved into place only when
 * complete; on error or cancellation ({@link java.util.concurrent.CancellationException}) the partial file
 * is deleted and an existing report under the target name is left as it was.
 *
 * <p>Confidential fields are written only when the export includes them, and then the file is encrypted with
 * the export's password ({@link AgileEncryption}). Rows spilled to temporary files while streaming are always
 * encrypted with a throwaway key ({@link EncryptedTempFilesWorkbook}).
 */
public final class ExcelAuditReportWriter implements AuditReportWriter {
    /** Rows per sheet that SXSSF keeps in memory before flushing them to its temporary file. */
    private static final int ROWS_IN_MEMORY = 200;

    private final ZoneId zone;

    /** Shows times, and judges what is overdue, in the system time zone. */
    public ExcelAuditReportWriter() {
        this(ZoneId.systemDefault());
    }

    public ExcelAuditReportWriter(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public void write(AuditReport report, Path out, ConfidentialExport confidential, ProgressListener progress)
            throws IOException {
        ExportProgress exportProgress = new ExportProgress(progress, expectedRows(report));
        AtomicFile.write(out, stream -> writeWorkbook(report, confidential, stream, exportProgress));
        exportProgress.finished();
    }

    private void writeWorkbook(AuditReport report, ConfidentialExport confidential, OutputStream stream,
                               ExportProgress progress) throws IOException {
        boolean included = confidential.includesConfidential();
        AuditReport shown = included ? report : ConfidentialFields.redacted(report);
        XSSFWorkbook template = new XSSFWorkbook();
        ReportContext context = new ReportContext(
                shown, included, new ReportIndex(shown), new ReportStyles(template), progress, zone);
        new SummarySheet(context).write(template);
        SXSSFWorkbook workbook = new EncryptedTempFilesWorkbook(template, ROWS_IN_MEMORY);
        try {
            new ChecklistSheet(context).write(workbook);
            new FindingsSheet(context).write(workbook);
            new WorkforceSheet(context).write(workbook);
            new FeesSheet(context).write(workbook);
            new CrosswalkSheet(context).write(workbook);
            new AboutSheet(context, ReportDigest.sha256(shown, included)).write(workbook);
            if (included) {
                AgileEncryption.write(confidential.password(), workbook::write, stream);
            } else {
                workbook.write(stream);
            }
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** One unit per row of the big sheets (checklist, findings, crosswalk) and one per small sheet. */
    private static long expectedRows(AuditReport report) {
        long requirements = report.codes().stream().mapToLong(CodeOfConduct::requirementCount).sum();
        return 4 + 2 * requirements + FindingsSheet.rowCount(report.findings());
    }
}
