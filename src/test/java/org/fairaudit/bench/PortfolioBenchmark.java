package org.fairaudit.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeSection;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.domain.EvidenceSource;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.Requirement;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Severity;
import org.fairaudit.excel.ExcelPortfolioWriter;
import org.fairaudit.persistence.Database;
import org.fairaudit.persistence.JdbcAuditService;
import org.fairaudit.persistence.JdbcCodeService;
import org.fairaudit.persistence.JdbcPortfolioSource;
import org.fairaudit.persistence.JdbcProfileService;
import org.fairaudit.service.PortfolioFilter;
import org.fairaudit.service.PortfolioService;
import org.fairaudit.service.ProgressListener;

/**
 * Portfolio export against two baselines writing the same finding and action cells: a bare POI SXSSF loop with
 * the same kind of styles, and fastexcel with long texts as inline strings. Databases of 10,000 / 100,000 /
 * 500,000 findings are filled by batched SQL; every export runs in a child JVM with {@code -Xmx256m} and reports
 * time, file size and peak heap. Not a test: run {@code bench/run-portfolio-bench.sh [sizes] [dir]}.
 */
public final class PortfolioBenchmark {
    private static final int SUPPLIERS = 300;
    /** Findings per batch and commit: one transaction over 100,000 findings keeps H2's undo log growing. */
    private static final int CHUNK = 5_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final String DESCRIPTION = "Workers report paying recruitment fees of several months' wages to"
            + " agents in their home country; the agency contract does not say who pays and the employer keeps no"
            + " record of repayments. Case ";
    private static final String FINDINGS_SQL = "SELECT s.name, s.country, f.raised_on, f.severity, f.status,"
            + " f.description, f.evidence, f.workers_affected, f.root_cause FROM finding f"
            + " JOIN supplier s ON s.id = f.supplier_id";
    private static final String ACTIONS_SQL = "SELECT s.name, s.country, f.severity, f.description, x.action,"
            + " x.owner, x.due_date, x.status FROM corrective_action x JOIN finding f ON f.id = x.finding_id"
            + " JOIN supplier s ON s.id = f.supplier_id";

    private PortfolioBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].startsWith("--child=")) {
            child(args[0].substring("--child=".length()), Path.of(args[1]), Path.of(args[2]));
            return;
        }
        String[] sizes = (args.length > 0 ? args[0] : "10000,100000,500000").split(",");
        Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/portfolio-bench"));
        System.out.printf("%-10s %-10s %9s %10s %12s%n", "findings", "writer", "time s", "file MB", "peak heap MB");
        for (String size : sizes) {
            int findings = Integer.parseInt(size.strip());
            Path db = dir.resolve("bench-" + findings);
            if (!Files.exists(Path.of(db + ".mv.db"))) {
                long start = System.nanoTime();
                generate(db, findings);
                System.out.printf("generated %d findings in %.1f s%n", findings, (System.nanoTime() - start) / 1e9);
            }
            for (String writer : List.of("portfolio", "sxssf", "fastexcel")) {
                Path out = dir.resolve(writer + "-" + findings + ".xlsx");
                String result = runChild(writer, db, out);
                System.out.printf("%-10d %-10s %s%n", findings, writer, result);
            }
        }
    }

    // ---- database generation: batched SQL on one connection, committed every CHUNK findings, no change log ----

    static void generate(Path db, int findings) throws SQLException {
        Database database = Database.openH2(db);
        try {
            JdbcProfileService profiles = new JdbcProfileService(database);
            profiles.createAndUse("Benchmark reviewer", Role.REVIEWER);
            new JdbcCodeService(database, List.of(benchmarkCode()), Crosswalk.EMPTY, List.of(), profiles);
            Random random = new Random(42);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            try (Connection c = database.connection()) {
                bulkLoadSettings(c);
                c.setAutoCommit(false);
                List<UUID> suppliers = new ArrayList<>();
                String[] countries = {"MY", "TH", "BD", "VN", "JO", "IN"};
                try (PreparedStatement s = c.prepareStatement("INSERT INTO supplier (id, name, country, version,"
                        + " created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)")) {
                    for (int i = 0; i < SUPPLIERS; i++) {
                        UUID id = UUID.randomUUID();
                        suppliers.add(id);
                        s.setObject(1, id);
                        s.setString(2, "Supplier " + i);
                        s.setString(3, countries[i % countries.length]);
                        s.setObject(4, now);
                        s.setObject(5, now);
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                c.commit();
                try (PreparedStatement f = c.prepareStatement("INSERT INTO finding (id, supplier_id, severity,"
                        + " description, evidence, workers_affected, scope, root_cause, status, raised_on, version,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'SYSTEMIC', ?, ?, ?, 1, ?, ?)");
                     PreparedStatement r = c.prepareStatement("INSERT INTO finding_requirement (finding_id,"
                             + " position, code_id, requirement_ref) VALUES (?, 0, 'bench', ?)");
                     PreparedStatement i = c.prepareStatement("INSERT INTO finding_indicator (finding_id, indicator)"
                             + " VALUES (?, ?)");
                     PreparedStatement a = c.prepareStatement("INSERT INTO corrective_action (id, finding_id,"
                             + " action, owner, due_date, status, version, created_at, updated_at)"
                             + " VALUES (?, ?, 'Repay every worker the fees and interest paid', 'HR manager', ?, ?,"
                             + " 1, ?, ?)")) {
                    String[] statuses = {"OPEN", "IN_PROGRESS", "REMEDIATED", "VERIFIED", "DISPUTED"};
                    String[] actionStatuses = {"OPEN", "IN_PROGRESS", "DONE", "VERIFIED"};
                    for (int n = 0; n < findings; n++) {
                        UUID id = UUID.randomUUID();
                        f.setObject(1, id);
                        f.setObject(2, suppliers.get(random.nextInt(SUPPLIERS)));
                        f.setString(3, Severity.values()[random.nextInt(4)].name());
                        f.setString(4, DESCRIPTION + n); // distinct texts, as real descriptions are
                        f.setString(5, "Receipts, worker interviews");
                        f.setInt(6, random.nextInt(200));
                        f.setString(7, "Agent practice");
                        f.setString(8, statuses[random.nextInt(statuses.length)]);
                        f.setObject(9, TODAY.minusDays(random.nextInt(1000)));
                        f.setObject(10, now);
                        f.setObject(11, now);
                        f.addBatch();
                        r.setObject(1, id);
                        r.setString(2, "R-" + (1 + random.nextInt(40)));
                        r.addBatch();
                        if (random.nextInt(100) < 3) {
                            i.setObject(1, id);
                            i.setString(2, ForcedLabourIndicator.DEBT_BONDAGE.id());
                            i.addBatch();
                        }
                        if (n % 2 == 0) {
                            a.setObject(1, UUID.randomUUID());
                            a.setObject(2, id);
                            a.setObject(3, TODAY.plusDays(random.nextInt(120) - 60));
                            a.setString(4, actionStatuses[random.nextInt(actionStatuses.length)]);
                            a.setObject(5, now);
                            a.setObject(6, now);
                            a.addBatch();
                        }
                        if (n % CHUNK == CHUNK - 1) {
                            commit(c, f, r, i, a);
                        }
                    }
                    commit(c, f, r, i, a);
                }
            }
        } finally {
            database.close();
        }
    }

    /**
     * Random UUID keys spread inserts over every page of five indexes: with H2's default page cache most inserts
     * read a page back from disk, and with the default retention the file grows to many times its data.
     */
    private static void bulkLoadSettings(Connection c) throws SQLException {
        try (java.sql.Statement settings = c.createStatement()) {
            settings.execute("SET CACHE_SIZE " + (256 * 1024));
            settings.execute("SET RETENTION_TIME 0");
        }
    }

    private static void commit(Connection c, PreparedStatement... batches) throws SQLException {
        for (PreparedStatement batch : batches) {
            batch.executeBatch();
        }
        c.commit();
    }

    static CodeOfConduct benchmarkCode() {
        List<Requirement> requirements = new ArrayList<>();
        String[] topics = {"recruitment-fees", "identity-documents", "wage-deductions", "hours", "accommodation"};
        for (int i = 1; i <= 40; i++) {
            ForcedLabourIndicator indicator = i == 7 ? ForcedLabourIndicator.DEBT_BONDAGE : null;
            requirements.add(new Requirement("R-" + i, "Requirement " + i, "", List.of(EvidenceSource.DOCUMENTS),
                    List.of("C029"), List.of(topics[i % topics.length], topics[(i + 1) % topics.length]),
                    Severity.MAJOR, false, indicator, false));
        }
        return new CodeOfConduct("bench", "Benchmark code", "1", "FairAudit", "en", null,
                List.of(new CodeSection("all", "All", requirements)));
    }

    // ---- child JVMs ----

    private static String runChild(String writer, Path db, Path out) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", classPath(), PortfolioBenchmark.class.getName(),
                "--child=" + writer, db.toString(), out.toString());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String last = "";
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                last = line;
            }
        }
        return process.waitFor() == 0 ? last : "failed (exit " + process.exitValue() + ")";
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

    private static void child(String writer, Path db, Path out) throws Exception {
        Files.deleteIfExists(out);
        HeapSampler heap = new HeapSampler();
        heap.start();
        Database database = Database.openH2(db);
        double seconds;
        try {
            // the export alone: opening (migration check) and closing (compaction) the database are not timed
            long start = System.nanoTime();
            switch (writer) {
                case "portfolio" -> portfolio(database, out);
                case "sxssf" -> sxssf(database, out);
                case "fastexcel" -> fastexcel(database, out);
                default -> throw new IllegalArgumentException(writer);
            }
            seconds = (System.nanoTime() - start) / 1e9;
        } finally {
            database.close();
        }
        System.out.printf("%9.1f %10.1f %12.0f%n", seconds, Files.size(out) / 1e6, heap.peakMegabytes());
    }

    private static void portfolio(Database database, Path out) {
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        JdbcProfileService profiles = new JdbcProfileService(database);
        JdbcCodeService codes = new JdbcCodeService(database, List.of(benchmarkCode()), Crosswalk.EMPTY, List.of(),
                profiles);
        JdbcAuditService audits = new JdbcAuditService(database, profiles, codes);
        new PortfolioService(new JdbcPortfolioSource(database, profiles, audits, clock),
                new ExcelPortfolioWriter(ZoneId.of("UTC")), codes, profiles, "bench", clock)
                .exportPortfolio(PortfolioFilter.ALL, out, ProgressListener.NONE);
    }

    /** The same finding and action cells, with the same kind of styles, straight from one query each. */
    private static void sxssf(Database database, Path out) throws Exception {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (OutputStream stream = Files.newOutputStream(out); Connection c = database.connection()) {
            Font font = workbook.createFont();
            font.setFontName("Calibri");
            CellStyle text = workbook.createCellStyle();
            text.setFont(font);
            text.setWrapText(true);
            CellStyle date = workbook.createCellStyle();
            date.setFont(font);
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle severity = workbook.createCellStyle();
            severity.setFont(font);
            severity.setFillForegroundColor(IndexedColors.CORAL.getIndex());
            severity.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            for (String[] sheetAndSql : new String[][] {{"Findings", FINDINGS_SQL}, {"CAP tracker", ACTIONS_SQL}}) {
                Sheet sheet = workbook.createSheet(sheetAndSql[0]);
                sheet.createFreezePane(0, 1);
                sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
                int rowNumber = 1;
                try (PreparedStatement query = c.prepareStatement(sheetAndSql[1]);
                     ResultSet rows = query.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        Row row = sheet.createRow(rowNumber++);
                        for (int i = 1; i <= columns; i++) {
                            Object value = rows.getObject(i);
                            org.apache.poi.ss.usermodel.Cell cell = row.createCell(i - 1);
                            if (value instanceof java.sql.Date sqlDate) {
                                cell.setCellStyle(date);
                                cell.setCellValue(sqlDate.toLocalDate());
                            } else if (value instanceof Number number) {
                                cell.setCellValue(number.doubleValue());
                            } else if (value != null) {
                                cell.setCellStyle(i == 3 || i == 4 ? severity : text);
                                cell.setCellValue(value.toString());
                            }
                        }
                    }
                }
                sheet.setAutoFilter(new CellRangeAddress(0, rowNumber - 1, 0, 8));
            }
            workbook.write(stream);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** The same cells with fastexcel, long texts as inline strings (no shared-strings table in memory). */
    private static void fastexcel(Database database, Path out) throws Exception {
        try (OutputStream stream = Files.newOutputStream(out); Connection c = database.connection()) {
            Workbook workbook = new Workbook(stream, "FairAudit", "1.0");
            for (String[] sheetAndSql : new String[][] {{"Findings", FINDINGS_SQL}, {"CAP tracker", ACTIONS_SQL}}) {
                Worksheet sheet = workbook.newWorksheet(sheetAndSql[0]);
                sheet.freezePane(0, 1);
                int rowNumber = 1;
                try (PreparedStatement query = c.prepareStatement(sheetAndSql[1]);
                     ResultSet rows = query.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object value = rows.getObject(i);
                            if (value instanceof java.sql.Date sqlDate) {
                                sheet.value(rowNumber, i - 1, sqlDate.toLocalDate());
                                sheet.style(rowNumber, i - 1).format("yyyy-mm-dd").set();
                            } else if (value instanceof Number number) {
                                sheet.value(rowNumber, i - 1, number);
                            } else if (value != null) {
                                sheet.inlineString(rowNumber, i - 1, value.toString());
                                sheet.style(rowNumber, i - 1).wrapText(true)
                                        .fillColor(i == 3 || i == 4 ? "FF8080" : "FFFFFF").set();
                            }
                        }
                        rowNumber++;
                        if (rowNumber % 1000 == 0) {
                            sheet.flush();
                        }
                    }
                }
                sheet.setAutoFilter(0, 0, rowNumber - 1, 8);
                sheet.finish();
            }
            workbook.finish();
        }
    }

    /**
     * Samples the heap in use every 10 ms. (The pools' own peaks cannot be added up: young and old generation
     * peak at different moments, and their sum exceeded -Xmx.)
     */
    private static final class HeapSampler extends Thread {
        private volatile long peak;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
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
    }
}
