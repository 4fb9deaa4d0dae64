package org.fairaudit.bench;

import static org.fairaudit.excel.RawXlsx.number;
import static org.fairaudit.excel.RawXlsx.row;
import static org.fairaudit.excel.RawXlsx.text;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
 * Import-parse of 100,000-row sheets, the CAP sheet ({@link CapSheetReader}; with inline strings as FairAudit writes
 * it, and with a shared-strings table as Excel saves it) and a code sheet ({@link CodeSheetReader}:
 * typed cells, validation of every cell and row), each against two bare reads of the same file measured in the same
 * run: POI's SAX event API ({@link XSSFSheetXMLHandler} with a handler that only counts; target: import at most
 * 1.5 x) and fastexcel-reader (the fastest reader on this machine; stretch target 1.5 x). Best of seven each, with
 * the peak heap of the import: on a shared host one reading of the same file can take several times another, and
 * three were too few for a steady minimum. Usage: {@code bench/run-sheet-import-bench.sh [rows=100000] [work dir=target/bench]}.
 */
public final class SheetImportBenchmark {
    private static final int RUNS = 7;
    private static final int REQUIREMENTS_PER_SECTION = 50;
    private static final List<String> CAP_COLUMNS = List.of("A", "B", "C", "L", "M", "N", "O", "P");
    private static final List<String> CAP_HEADERS = List.of("Finding id", "Action id", "Finding", "Finding status",
            "Corrective action", "Owner", "Due date", "Action status");

    private SheetImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench");
        Files.createDirectories(dir);
        SheetReader reader = new SheetReader(SheetReader.Limits.DEFAULT);
        Import capImport = file -> {
            CapSheet sheet = new CapSheetReader(reader).read(file, ProgressListener.NONE);
            return sheet.rows().size() + " rows, " + sheet.problems().size() + " problems";
        };
        Path cap = dir.resolve("cap-" + rows + ".xlsx");
        writeCapSheet(cap, rows);
        compare("CAP sheet", cap, rows, capImport);
        Path capShared = dir.resolve("cap-shared-strings-" + rows + ".xlsx");
        writeCapSheetWithSharedStrings(capShared, rows);
        compare("CAP sheet, shared strings", capShared, rows, capImport);
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

    /** Rows as FairAudit exports them (inline strings): ids, texts, a date, a status; distinct texts. */
    private static void writeCapSheet(Path file, int rows) throws Exception {
        Iterator<String> lines = IntStream.rangeClosed(1, rows + 1).mapToObj(r -> row(r, capCells(r).entrySet()
                .stream().map(cell -> cell.getValue() instanceof Double date ? number(cell.getKey() + r, date, 1)
                        : text(cell.getKey() + r, (String) cell.getValue()))
                .toArray(String[]::new))).iterator();
        RawXlsx.write(file, "Findings & CAP", "", lines);
    }

    /** The same rows as a workbook saved by Excel holds them: every text in the shared-strings table. */
    private static void writeCapSheetWithSharedStrings(Path file, int rows) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true);
             OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Findings & CAP");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat((short) 14);
            for (int r = 1; r <= rows + 1; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r - 1);
                for (Map.Entry<String, Object> value : capCells(r).entrySet()) {
                    Cell cell = row.createCell(CellReference.convertColStringToIndex(value.getKey()));
                    if (value.getValue() instanceof Double number) {
                        cell.setCellValue(number);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue((String) value.getValue());
                    }
                }
            }
            workbook.write(out);
        }
    }

    /** The cells of CAP sheet row {@code r} (1: the header) by column letter; a Double is a date. */
    private static Map<String, Object> capCells(int r) {
        Map<String, Object> cells = new LinkedHashMap<>();
        if (r == 1) {
            for (int i = 0; i < CAP_COLUMNS.size(); i++) {
                cells.put(CAP_COLUMNS.get(i), CAP_HEADERS.get(i));
            }
            return cells;
        }
        cells.put("A", UUID.randomUUID().toString());
        cells.put("B", UUID.randomUUID().toString());
        cells.put("C", "F-" + r);
        cells.put("L", "Open");
        cells.put("M", "Repay recruitment fees to the workers of group " + r);
        cells.put("N", "HR manager " + (r % 50));
        cells.put("O", (double) (46000 + r % 400));
        cells.put("P", "In progress");
        return cells;
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
