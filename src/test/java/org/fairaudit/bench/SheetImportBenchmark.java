package org.fairaudit.bench;

import static org.fairaudit.excel.RawXlsx.number;
import static org.fairaudit.excel.RawXlsx.row;
import static org.fairaudit.excel.RawXlsx.text;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fairaudit.codes.CodeLibrary;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.excel.CapSheetReader;
import org.fairaudit.excel.CodeSheetReader;
import org.fairaudit.excel.RawXlsx;
import org.fairaudit.excel.SheetReader;
import org.fairaudit.service.CapSheet;
import org.fairaudit.service.CodeImportPreview;
import org.fairaudit.service.ProgressListener;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Import-parse of 100,000-row sheets, the CAP sheet ({@link CapSheetReader}) and a code sheet ({@link CodeSheetReader}:
 * typed cells, validation of every cell and row), each against two bare reads of the same file measured in the same
 * run: POI's SAX event API ({@link XSSFSheetXMLHandler} with a handler that only counts; target: import at most
 * 1.5 x) and fastexcel-reader (the fastest reader on this machine; stretch target 1.5 x). Best of three each, with
 * the peak heap of the import. Usage: {@code bench/run-sheet-import-bench.sh [rows=100000] [work dir=target/bench]}.
 */
public final class SheetImportBenchmark {
    private static final int RUNS = 3;
    private static final int REQUIREMENTS_PER_SECTION = 50;

    private SheetImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench");
        Files.createDirectories(dir);
        SheetReader reader = new SheetReader(SheetReader.Limits.DEFAULT);
        Path cap = dir.resolve("cap-" + rows + ".xlsx");
        writeCapSheet(cap, rows);
        compare("CAP sheet", cap, rows, file -> {
            CapSheet sheet = new CapSheetReader(reader).read(file, ProgressListener.NONE);
            return sheet.rows().size() + " rows, " + sheet.problems().size() + " problems";
        });
        Path code = dir.resolve("code-" + rows + ".xlsx");
        writeCodeSheet(code, rows);
        Crosswalk crosswalk = CodeLibrary.loadBuiltIn().crosswalk();
        compare("code sheet", code, rows, file -> {
            CodeImportPreview preview = new CodeSheetReader(reader).read(file, crosswalk);
            return preview.code().map(c -> c.requirements().count()).orElse(0L) + " requirements, "
                    + preview.rejected().size() + " problems";
        });
    }

    @FunctionalInterface
    private interface Import {
        String read(Path file) throws Exception;
    }

    private static void compare(String sheet, Path file, int rows, Import importer) throws Exception {
        System.out.printf("%s: %,d rows, %,d bytes%n", sheet, rows, Files.size(file));
        long poi = Long.MAX_VALUE;
        long fastexcel = Long.MAX_VALUE;
        long imported = Long.MAX_VALUE;
        long importHeap = 0;
        for (int run = 1; run <= RUNS; run++) {
            long start = System.nanoTime();
            long poiCells = bareSaxRead(file);
            poi = Math.min(poi, System.nanoTime() - start);
            start = System.nanoTime();
            long fastexcelCells = fastexcelRead(file);
            fastexcel = Math.min(fastexcel, System.nanoTime() - start);
            resetPeaks();
            start = System.nanoTime();
            String result = importer.read(file);
            imported = Math.min(imported, System.nanoTime() - start);
            importHeap = Math.max(importHeap, peakHeap());
            System.out.printf("  run %d: POI SAX %,d cells, fastexcel-reader %,d cells; import %s%n", run, poiCells,
                    fastexcelCells, result);
        }
        String measure = String.format(Locale.ROOT, "%s import, %,d rows", sheet, rows);
        String figure = String.format(Locale.ROOT, "%s, peak heap %d MiB", BenchReport.millis(imported),
                importHeap >> 20);
        double toPoi = (double) imported / poi;
        double toFastexcel = (double) imported / fastexcel;
        BenchReport.row(measure, figure + ", " + BenchReport.ratio(toPoi), "POI SAX " + BenchReport.millis(poi),
                "<= 1.5 x POI SAX", toPoi <= 1.5);
        BenchReport.row(measure + " (stretch)", BenchReport.ratio(toFastexcel),
                "fastexcel-reader " + BenchReport.millis(fastexcel), "<= 1.5 x fastexcel-reader", toFastexcel <= 1.5);
    }

    /** Rows as FairAudit exports them: ids, texts, a date, a status; distinct texts so nothing compresses away. */
    private static void writeCapSheet(Path file, int rows) throws Exception {
        Iterator<String> lines = IntStream.rangeClosed(1, rows + 1).mapToObj(r -> r == 1
                ? row(1, text("A1", "Finding id"), text("B1", "Action id"), text("C1", "Finding"),
                        text("L1", "Finding status"), text("M1", "Corrective action"), text("N1", "Owner"),
                        text("O1", "Due date"), text("P1", "Action status"))
                : row(r, text("A" + r, UUID.randomUUID().toString()), text("B" + r, UUID.randomUUID().toString()),
                        text("C" + r, "F-" + r), text("L" + r, "Open"),
                        text("M" + r, "Repay recruitment fees to the workers of group " + r),
                        text("N" + r, "HR manager " + (r % 50)), number("O" + r, 46000 + r % 400, 1),
                        text("P" + r, "In progress"))).iterator();
        RawXlsx.write(file, "Findings & CAP", "", lines);
    }

    /** One brand code with a requirement per row, sections of 50, written as a brand would type it. */
    private static void writeCodeSheet(Path file, int rows) throws Exception {
        Iterator<String> lines = IntStream.rangeClosed(1, rows + 1).mapToObj(r -> {
            if (r == 1) {
                return row(1, text("A1", "Code id"), text("B1", "Title"), text("C1", "Version"), text("D1", "Issuer"),
                        text("E1", "Language"), text("F1", "Section id"), text("G1", "Section title"),
                        text("H1", "Ref"), text("I1", "Text"), text("J1", "Check by"), text("K1", "Topics"),
                        text("L1", "Severity"));
            }
            int section = (r - 2) / REQUIREMENTS_PER_SECTION + 1;
            String head = r == 2 ? text("A2", "bench-code") + text("B2", "Benchmark brand code")
                    + text("C2", "1.0") + text("D2", "Benchmark brand") + text("E2", "en") : "";
            return row(r, head + text("F" + r, "section-" + section), text("G" + r, "Section " + section),
                    text("H" + r, "R-" + (r - 1)),
                    text("I" + r, "Workers pay no recruitment fees or related costs to anyone, case " + r + "."),
                    text("J" + r, "worker_interviews; documents"), text("K" + r, "recruitment-fees"),
                    text("L" + r, r % 10 == 0 ? "major" : "minor"));
        }).iterator();
        RawXlsx.write(file, "Brand code", "", lines);
    }

    private static long fastexcelRead(Path file) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return rows.mapToLong(Row::getCellCount).sum();
        }
    }

    private static long bareSaxRead(Path file) throws Exception {
        long[] cells = {0};
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(pkg, false), new XSSFSheetXMLHandler.SheetContentsHandler() {
                            @Override
                            public void startRow(int rowNum) {
                            }

                            @Override
                            public void endRow(int rowNum) {
                            }

                            @Override
                            public void cell(String ref, String value, XSSFComment comment) {
                                cells[0]++;
                            }
                        }, new DataFormatter(), false));
                xml.parse(new InputSource(sheet));
            }
        }
        return cells[0];
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
