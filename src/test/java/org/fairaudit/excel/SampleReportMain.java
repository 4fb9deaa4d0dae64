package org.fairaudit.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.fairaudit.service.ProgressListener;

/**
 * Writes the fixture report to look at (e.g. {@code soffice --headless --convert-to pdf}) and times a report
 * with 5,000 extra findings. Arguments: output folder (default {@code target/sample-report}).
 */
public final class SampleReportMain {
    private static final int TIMED_FINDINGS = 5_000;

    private SampleReportMain() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/sample-report");
        Files.createDirectories(folder);
        ExcelAuditReportWriter writer = new ExcelAuditReportWriter(ZoneOffset.UTC);
        writer.write(AuditReportFixture.report(false), folder.resolve("audit-report.xlsx"), ProgressListener.NONE);
        writer.write(AuditReportFixture.report(true), folder.resolve("audit-report-confidential.xlsx"),
                ProgressListener.NONE);

        var big = AuditReportFixture.withManyFindings(TIMED_FINDINGS);
        long start = System.nanoTime();
        writer.write(big, folder.resolve("audit-report-5000.xlsx"), ProgressListener.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Wrote %s; %d findings in %d ms%n", folder.toAbsolutePath(), big.findings().size(), millis);
    }
}
