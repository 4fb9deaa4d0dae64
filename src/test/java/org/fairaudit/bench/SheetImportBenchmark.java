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
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.fairaudit.excel.CapSheetReader;
import org.fairaudit.excel.RawXlsx;
import org.fairaudit.excel.SheetReader;
import org.fairaudit.service.CapSheet;
import org.fairaudit.service.ProgressListener;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Import-parse of a CAP sheet ({@link CapSheetReader}: typed cells, validation of every cell) against a bare POI
 * SAX event read of the same file ({@link XSSFSheetXMLHandler} with a handler that only counts), measured in the
 * same run, best of three each, with the peak heap of each. Target: import-parse at most 1.5 × the baseline.
 * Usage: {@code bench/run-sheet-import-bench.sh [rows=100000] [work dir=target/bench]}.
 */
public final class SheetImportBenchmark {
    private SheetImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench");
        Files.createDirectories(dir);
        Path file = dir.resolve("cap-" + rows + ".xlsx");
        write(file, rows);
        System.out.printf("CAP sheet: %,d rows, %,d bytes%n", rows, Files.size(file));
        long bestBaseline = Long.MAX_VALUE;
        long bestImport = Long.MAX_VALUE;
        long baselineHeap = 0;
        long importHeap = 0;
        for (int run = 0; run < 3; run++) {
            resetPeaks();
            long start = System.nanoTime();
            long cells = bareSaxRead(file);
            bestBaseline = Math.min(bestBaseline, System.nanoTime() - start);
            baselineHeap = Math.max(baselineHeap, peakHeap());
            resetPeaks();
            start = System.nanoTime();
            CapSheet sheet = new CapSheetReader(new SheetReader(SheetReader.Limits.DEFAULT))
                    .read(file, ProgressListener.NONE);
            bestImport = Math.min(bestImport, System.nanoTime() - start);
            importHeap = Math.max(importHeap, peakHeap());
            System.out.printf("run %d: baseline %,d cells; import %,d rows, %d problems%n", run + 1, cells,
                    sheet.rows().size(), sheet.problems().size());
        }
        System.out.printf("bare POI SAX read: %,d ms, peak heap %,d MiB%n", bestBaseline / 1_000_000,
                baselineHeap >> 20);
        System.out.printf("CAP import-parse:  %,d ms, peak heap %,d MiB%n", bestImport / 1_000_000, importHeap >> 20);
        System.out.printf("ratio: %.2f x (target <= 1.5 x)%n", (double) bestImport / bestBaseline);
    }

    /** Rows as FairAudit exports them: ids, texts, a date, a status; distinct texts so nothing compresses away. */
    private static void write(Path file, int rows) throws Exception {
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
