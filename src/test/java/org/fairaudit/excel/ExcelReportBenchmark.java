package org.fairaudit.excel;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.function.Supplier;
import org.fairaudit.domain.AuditReport;
import org.fairaudit.service.ConfidentialExport;
import org.fairaudit.service.ProgressListener;

/**
 * Runnable benchmark (not a test) of the Excel audit report: for growing numbers of findings, the median time
 * of several writes after a warm-up, the file size and the peak heap. Also leaves sample reports to look at
 * (e.g. {@code soffice --headless --convert-to pdf}); the confidential one opens with {@value #SAMPLE_PASSWORD}.
 * Run with {@code bench/run-excel-bench.sh [output folder]}.
 */
public final class ExcelReportBenchmark {
    private static final int[] FINDINGS = {1_000, 5_000, 20_000};
    private static final int RUNS = 3;
    /** Opens the confidential sample; a sample of made-up data, so the password may be written down. */
    private static final String SAMPLE_PASSWORD = "sample-report";

    private ExcelReportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/sample-report"));
        ExcelAuditReportWriter writer = new ExcelAuditReportWriter(ZoneOffset.UTC);
        writer.write(AuditReportFixture.report(), folder.resolve("audit-report.xlsx"), ConfidentialExport.redacted(),
                ProgressListener.NONE);
        writer.write(AuditReportFixture.report(), folder.resolve("audit-report-confidential.xlsx"),
                ConfidentialExport.encryptedWith(SAMPLE_PASSWORD.toCharArray()), ProgressListener.NONE);

        System.out.printf("%-9s %-10s %10s %10s %12s%n", "findings", "export", "median ms", "size KB", "peak heap MB");
        for (int count : FINDINGS) {
            AuditReport report = AuditReportFixture.withManyFindings(count);
            Path out = folder.resolve("audit-report-" + count + ".xlsx");
            measure(count, "redacted", writer, report, out, ConfidentialExport::redacted);
            measure(count, "encrypted", writer, report, out,
                    () -> ConfidentialExport.encryptedWith(SAMPLE_PASSWORD.toCharArray()));
        }
    }

    private static void measure(int count, String label, ExcelAuditReportWriter writer, AuditReport report, Path out,
                                Supplier<ConfidentialExport> option) throws IOException {
        writer.write(report, out, option.get(), ProgressListener.NONE); // warm-up
        System.gc();
        resetPeaks();
        long[] millis = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            writer.write(report, out, option.get(), ProgressListener.NONE);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("%-9d %-10s %10d %10d %12d%n", report.findings().size(), label, millis[RUNS / 2],
                Files.size(out) / 1024, peakHeapBytes() / (1024 * 1024));
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
