package org.fairaudit.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.fairaudit.service.ConfidentialExport;
import org.fairaudit.service.ProgressListener;

/**
 * Writes the fixture report to look at (e.g. {@code soffice --headless --convert-to pdf}; the confidential one is
 * encrypted with {@value #SAMPLE_PASSWORD}) and times a report
 * with 5,000 extra findings. Arguments: output folder (default {@code target/sample-report}).
 */
public final class SampleReportMain {
    private static final int TIMED_FINDINGS = 5_000;
    /** Opens the confidential sample; a sample of made-up data, so the password may be written down. */
    private static final String SAMPLE_PASSWORD = "sample-report";

    private SampleReportMain() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/sample-report");
        Files.createDirectories(folder);
        ExcelAuditReportWriter writer = new ExcelAuditReportWriter(ZoneOffset.UTC);
        writer.write(AuditReportFixture.report(), folder.resolve("audit-report.xlsx"), ConfidentialExport.redacted(),
                ProgressListener.NONE);
        writer.write(AuditReportFixture.report(), folder.resolve("audit-report-confidential.xlsx"),
                ConfidentialExport.encryptedWith(SAMPLE_PASSWORD.toCharArray()), ProgressListener.NONE);

        var big = AuditReportFixture.withManyFindings(TIMED_FINDINGS);
        long start = System.nanoTime();
        writer.write(big, folder.resolve("audit-report-5000.xlsx"), ConfidentialExport.redacted(), ProgressListener.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Wrote %s; %d findings in %d ms%n", folder.toAbsolutePath(), big.findings().size(), millis);
    }
}
