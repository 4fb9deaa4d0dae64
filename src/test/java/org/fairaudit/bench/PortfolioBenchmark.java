package org.fairaudit.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.fairaudit.codes.CodeLibrary;
import org.fairaudit.domain.Severity;
import org.fairaudit.excel.ExcelPortfolioWriter;
import org.fairaudit.i18n.Messages;
import org.fairaudit.persistence.Database;
import org.fairaudit.persistence.JdbcAuditService;
import org.fairaudit.persistence.JdbcCodeService;
import org.fairaudit.persistence.JdbcPortfolioSource;
import org.fairaudit.persistence.JdbcProfileService;
import org.fairaudit.service.PortfolioFilter;
import org.fairaudit.service.PortfolioRows.ActionLine;
import org.fairaudit.service.PortfolioRows.FindingLine;
import org.fairaudit.service.PortfolioRows.SupplierLine;
import org.fairaudit.service.PortfolioService;
import org.fairaudit.service.PortfolioSource;
import org.fairaudit.service.ProgressListener;

/**
 * Portfolio export on {@link BenchDataset} portfolios against two baselines that write the same cells from the same
 * query results (the export's own {@link JdbcPortfolioSource}), so that only the writer differs: a bare POI SXSSF
 * loop with the same kind of styles, and a bare fastexcel loop with long texts as inline strings. A fourth run only
 * reads the source: the database's share of every figure. Each run is a child JVM with {@code -Xmx256m} (or
 * {@code -Dbench.heap=...}) reporting the export's time, the file's size and the peak heap, both as sampled every
 * 10 ms and as left after each garbage collection; a last run exports again within {@code -Xmx64m} (or
 * {@code -Dbench.smallHeap=...}): the heap is flat when that one heap is enough at every size.
 * Not a test: run {@code bench/run-portfolio-bench.sh [sizes] [dir]}.
 */
public final class PortfolioBenchmark {
    private static final List<String> RUNS = List.of("source", "portfolio", "sxssf", "fastexcel");
    private static final String HEAP = System.getProperty("bench.heap", "256m");
    /**
     * The heap the export must also run in, whatever the size: a fixed small heap that is enough at every size shows
     * a flat heap better than peaks, which follow the collector (G1 lets the heap fill towards -Xmx).
     */
    private static final String SMALL_HEAP = System.getProperty("bench.smallHeap", "64m");

    private PortfolioBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].startsWith("--child=")) {
            child(args[0].substring("--child=".length()), Path.of(args[1]), Path.of(args[2]));
            return;
        }
        String[] sizes = (args.length > 0 ? args[0] : "10000,100000,500000").split(",");
        Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench"));
        System.out.printf("child heap -Xmx%s; load average %s%n", HEAP, loadAverage());
        System.out.printf("%-9s %-10s %8s %8s %14s %14s%n", "findings", "run", "time s", "file MB", "peak heap MB",
                "after GC MB");
        for (String size : sizes) {
            int findings = Integer.parseInt(size.strip());
            Path db = dataset(dir, findings);
            Map<String, Result> results = new java.util.LinkedHashMap<>();
            for (String run : RUNS) {
                Result result = runChild(run, HEAP, db, dir.resolve(run + "-" + findings + ".xlsx"));
                results.put(run, result);
                System.out.printf("%-9d %-10s %s%n", findings, run, result);
            }
            Result smallHeap = runChild("portfolio", SMALL_HEAP, db, dir.resolve("portfolio-small-" + findings + ".xlsx"));
            System.out.printf("%-9d %-10s %s%n", findings, "-Xmx" + SMALL_HEAP, smallHeap);
            report(findings, results.get("portfolio"), results.get("sxssf"), results.get("fastexcel"),
                    results.get("source"), smallHeap);
        }
        System.out.printf("load average after the runs: %s%n", loadAverage());
    }

    private static Path dataset(Path dir, int findings) {
        Path db = dir.resolve("portfolio-" + findings);
        if (!Files.exists(Path.of(db + ".mv.db"))) {
            long start = System.nanoTime();
            BenchDataset.create(db, findings);
            System.out.printf("generated %,d findings in %.1f s%n", findings, (System.nanoTime() - start) / 1e9);
        }
        return db;
    }

    private static void report(int findings, Result portfolio, Result sxssf, Result fastexcel, Result source,
                               Result smallHeap) {
        String size = String.format(Locale.ROOT, "%,d findings", findings);
        if (!portfolio.ok() || !source.ok()) {
            BenchReport.row("portfolio export, " + size, portfolio.toString(), "-", "runs with -Xmx" + HEAP, false);
            return;
        }
        String reading = String.format(Locale.ROOT, "; reading alone %.1f s", source.seconds);
        if (sxssf.ok()) {
            double ratio = portfolio.seconds / sxssf.seconds;
            BenchReport.row("portfolio export, " + size, seconds(portfolio) + ", " + BenchReport.ratio(ratio)
                    + writing(portfolio, sxssf, source), "SXSSF loop " + seconds(sxssf) + reading, "<= 1.3 x SXSSF",
                    ratio <= 1.3);
        }
        if (fastexcel.ok()) {
            double ratio = portfolio.seconds / fastexcel.seconds;
            BenchReport.row("portfolio export (stretch), " + size, seconds(portfolio) + ", "
                    + BenchReport.ratio(ratio) + writing(portfolio, fastexcel, source),
                    "fastexcel loop " + seconds(fastexcel) + reading, "<= 1.5 x fastexcel", ratio <= 1.5);
        }
        BenchReport.row("portfolio export heap, " + size, smallHeap.ok()
                        ? String.format(Locale.ROOT, "runs in -Xmx%s (%.1f s)", SMALL_HEAP, smallHeap.seconds)
                        : "-Xmx" + SMALL_HEAP + ": " + smallHeap,
                String.format(Locale.ROOT, "-Xmx%s: peak %.0f MB, %.0f MB after GC", HEAP, portfolio.peakMegabytes,
                        portfolio.afterGcMegabytes),
                "flat: the same -Xmx" + SMALL_HEAP + " at every size", smallHeap.ok());
    }

    /**
     * The writing alone (time less the reading), as a ratio: what the choice of writer changes. Left out when the
     * reading alone took longer than an export, which only a loaded machine makes happen.
     */
    private static String writing(Result portfolio, Result baseline, Result source) {
        double writing = portfolio.seconds - source.seconds;
        double baselineWriting = baseline.seconds - source.seconds;
        return writing <= 0 || baselineWriting <= 0 ? ""
                : String.format(Locale.ROOT, " (writing alone %s)", BenchReport.ratio(writing / baselineWriting));
    }

    private static String seconds(Result result) {
        return String.format(Locale.ROOT, "%.1f s", result.seconds);
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** One child's figures; {@code failure} when it did not finish (e.g. out of memory). */
    private record Result(double seconds, double fileMegabytes, double peakMegabytes, double afterGcMegabytes,
                          String failure) {
        static Result parse(String line) {
            String[] parts = line.strip().split("\\s+");
            return new Result(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), null);
        }

        boolean ok() {
            return failure == null;
        }

        @Override
        public String toString() {
            return ok() ? String.format(Locale.ROOT, "%8.1f %8.1f %14.0f %14.0f", seconds, fileMegabytes,
                    peakMegabytes, afterGcMegabytes) : failure;
        }
    }

    // ---- child JVMs ----

    private static Result runChild(String run, String heap, Path db, Path out)
            throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", classPath(), PortfolioBenchmark.class.getName(),
                "--child=" + run, db.toString(), out.toString());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String last = "";
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                last = line;
            }
        }
        return process.waitFor() == 0 ? Result.parse(last)
                : new Result(0, 0, 0, 0, "failed (exit " + process.exitValue() + ")");
    }

    /** Under {@code exec:java} the project's classes come from a class loader, not from {@code java.class.path}. */
    private static String classPath() {
        if (PortfolioBenchmark.class.getClassLoader() instanceof java.net.URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (java.net.URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(java.io.File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    private static void child(String run, Path db, Path out) throws Exception {
        Files.deleteIfExists(out);
        HeapWatch heap = new HeapWatch();
        Database database = Database.openH2(db);
        double seconds;
        try {
            JdbcProfileService profiles = new JdbcProfileService(database);
            CodeLibrary library = CodeLibrary.loadBuiltIn();
            JdbcCodeService codes = new JdbcCodeService(database, library.codes(), library.crosswalk(), List.of(),
                    profiles);
            Clock clock = Clock.fixed(BenchDataset.TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
            PortfolioSource source = new JdbcPortfolioSource(database, profiles,
                    new JdbcAuditService(database, profiles, codes), clock);
            // the export alone: opening (migration check) and closing (compaction) the database are not timed
            long start = System.nanoTime();
            switch (run) {
                case "portfolio" -> new PortfolioService(source, new ExcelPortfolioWriter(ZoneOffset.UTC), codes,
                        profiles, "bench", clock).exportPortfolio(PortfolioFilter.ALL, out, ProgressListener.NONE);
                case "source" -> BareSheets.read(source);
                case "sxssf" -> BareSheets.sxssf(source, out);
                case "fastexcel" -> BareSheets.fastexcel(source, out);
                default -> throw new IllegalArgumentException(run);
            }
            seconds = (System.nanoTime() - start) / 1e9;
        } finally {
            database.close();
        }
        System.out.printf(Locale.ROOT, "%.2f %.2f %.1f %.1f%n", seconds, Files.exists(out) ? Files.size(out) / 1e6 : 0,
                heap.peakMegabytes(), heap.afterGcMegabytes());
    }

    /**
     * The export's cells written by bare library loops from the same source: every column of the Suppliers,
     * Findings, CAP tracker and matrix sheets (labels as enum names, texts as they are), a header row, a frozen pane
     * and an autofilter; no row heights, print settings or About sheet.
     */
    private static final class BareSheets {
        private static final int SEVERITY_COLUMN = 6;

        /** One sheet's rows as cell values (String, Integer, LocalDate or null), in the export's column order. */
        private record Sheet(String name, int columns, Consumer<Consumer<Object[]>> rows) {
        }

        static List<Sheet> sheets(PortfolioSource source) {
            return List.of(
                    new Sheet("Suppliers", 16, sink -> source.suppliers(PortfolioFilter.ALL,
                            line -> sink.accept(cells(line)))),
                    new Sheet("Findings", 14, sink -> source.findings(PortfolioFilter.ALL,
                            line -> sink.accept(cells(line)))),
                    new Sheet("CAP tracker", 13, sink -> source.actions(PortfolioFilter.ALL,
                            line -> sink.accept(cells(line)))),
                    new Sheet("Country x topic", 2, sink -> source.countryTopicCounts(PortfolioFilter.ALL).byCountry()
                            .forEach((country, topics) -> topics.forEach((topic, count) ->
                                    sink.accept(new Object[] {country + " " + topic, count})))));
        }

        static Object[] cells(SupplierLine s) {
            List<Object> cells = new ArrayList<>(Arrays.asList(s.supplier().name(), s.supplier().country(),
                    s.supplier().sector(), s.grade().map(Enum::name).orElse(""), s.gradedAuditOn()));
            for (Severity severity : Severity.values()) {
                cells.add(s.openBySeverity().get(severity));
            }
            cells.addAll(Arrays.asList(s.overdueActions(), Messages.of(s.risk().level()),
                    s.risk().indicators().toString(), s.feesOwed().toString()));
            return cells.toArray();
        }

        static Object[] cells(FindingLine f) {
            return new Object[] {f.id().toString(), f.supplierName(), f.country(), f.auditStart(), f.raisedOn(),
                String.join("; ", f.requirements()), Messages.of(f.severity()), Messages.of(f.status()),
                f.description(), f.evidence(), f.workersAffected(), f.scope() == null ? null : Messages.of(f.scope()),
                f.indicators().stream().map(Messages::of).collect(Collectors.joining("; ")), f.rootCause()};
        }

        static Object[] cells(ActionLine a) {
            return new Object[] {a.findingId().toString(), a.supplierName(), a.country(), Messages.of(a.severity()),
                a.findingDescription(), a.action(), a.owner(), a.dueDate(), Messages.of(a.status()),
                a.isOverdue(BenchDataset.TODAY) ? Messages.get("excel.yes") : null, a.verificationMethod(), a.verifiedOn(),
                a.verifier()};
        }

        /** Reads every row and writes nothing: the database's share. */
        static void read(PortfolioSource source) {
            long[] cells = {0};
            for (Sheet sheet : sheets(source)) {
                sheet.rows().accept(row -> cells[0] += row.length);
            }
        }

        static void sxssf(PortfolioSource source, Path out) throws IOException {
            org.apache.poi.xssf.streaming.SXSSFWorkbook workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(200);
            try (OutputStream stream = Files.newOutputStream(out)) {
                org.apache.poi.ss.usermodel.Font font = workbook.createFont();
                font.setFontName("Calibri");
                org.apache.poi.ss.usermodel.CellStyle text = workbook.createCellStyle();
                text.setFont(font);
                text.setWrapText(true);
                text.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
                org.apache.poi.ss.usermodel.CellStyle severity = workbook.createCellStyle();
                severity.cloneStyleFrom(text);
                severity.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.CORAL.getIndex());
                severity.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
                org.apache.poi.ss.usermodel.CellStyle date = workbook.createCellStyle();
                date.setFont(font);
                date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
                org.apache.poi.ss.usermodel.CellStyle integer = workbook.createCellStyle();
                integer.setFont(font);
                integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
                for (Sheet table : sheets(source)) {
                    org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(table.name());
                    sheet.createRow(0).createCell(0).setCellValue(table.name());
                    sheet.createFreezePane(0, 1);
                    int[] rowNumber = {1};
                    table.rows().accept(values -> {
                        org.apache.poi.ss.usermodel.Row row = sheet.createRow(rowNumber[0]++);
                        for (int i = 0; i < values.length; i++) {
                            org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
                            if (values[i] instanceof java.time.LocalDate value) {
                                cell.setCellStyle(date);
                                cell.setCellValue(value);
                            } else if (values[i] instanceof Integer value) {
                                cell.setCellStyle(integer);
                                cell.setCellValue(value);
                            } else {
                                cell.setCellStyle(i == SEVERITY_COLUMN ? severity : text);
                                if (values[i] != null) {
                                    cell.setCellValue(values[i].toString());
                                }
                            }
                        }
                    });
                    sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, rowNumber[0] - 1, 0,
                            table.columns() - 1));
                }
                workbook.write(stream);
            } finally {
                workbook.dispose();
                workbook.close();
            }
        }

        static void fastexcel(PortfolioSource source, Path out) throws IOException {
            try (OutputStream stream = Files.newOutputStream(out)) {
                org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(stream, "bench", "1.0");
                for (Sheet table : sheets(source)) {
                    org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet(table.name());
                    sheet.inlineString(0, 0, table.name());
                    sheet.freezePane(0, 1);
                    int[] rowNumber = {1};
                    table.rows().accept(values -> {
                        int r = rowNumber[0]++;
                        for (int i = 0; i < values.length; i++) {
                            if (values[i] instanceof java.time.LocalDate value) {
                                sheet.value(r, i, value);
                                sheet.style(r, i).fontName("Calibri").format("yyyy-mm-dd").set();
                            } else if (values[i] instanceof Integer value) {
                                sheet.value(r, i, value);
                                sheet.style(r, i).fontName("Calibri").format("0").set();
                            } else {
                                if (values[i] != null) {
                                    sheet.inlineString(r, i, values[i].toString());
                                }
                                sheet.style(r, i).fontName("Calibri").wrapText(true).verticalAlignment("top")
                                        .fillColor(i == SEVERITY_COLUMN ? "FF8080" : null).set();
                            }
                        }
                        if (r % 1000 == 0) {
                            try {
                                sheet.flush();
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }
                    });
                    sheet.setAutoFilter(0, 0, rowNumber[0] - 1, table.columns() - 1);
                    sheet.finish();
                }
                workbook.finish();
            }
        }
    }

    /**
     * Peak heap in use, sampled every 10 ms, and the peak left after each garbage collection, which does not count
     * garbage not yet collected. (The pools' own peaks cannot be added up: young and old generation peak at
     * different moments, and their sum exceeded -Xmx.)
     */
    private static final class HeapWatch {
        private volatile long peak;
        private volatile long afterGc;
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .map(java.lang.management.MemoryPoolMXBean::getName).collect(Collectors.toSet());

        HeapWatch() {
            Thread sampler = new Thread(this::sample, "heap sampler");
            sampler.setDaemon(true);
            sampler.start();
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        long used = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                                .getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                .filter(pool -> heapPools.contains(pool.getKey()))
                                .mapToLong(pool -> pool.getValue().getUsed()).sum();
                        afterGc = Math.max(afterGc, used);
                    }
                }, null, null);
            }
        }

        private void sample() {
            while (true) {
                peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        double peakMegabytes() {
            return peak / 1e6;
        }

        double afterGcMegabytes() {
            return afterGc / 1e6;
        }
    }
}
