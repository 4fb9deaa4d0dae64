package org.fairaudit.excel;

import static org.fairaudit.excel.RawXlsx.formula;
import static org.fairaudit.excel.RawXlsx.number;
import static org.fairaudit.excel.RawXlsx.row;
import static org.fairaudit.excel.RawXlsx.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes the committed corpus of hostile and broken sheets ({@code src/test/resources/hostile/sheets/}). Run it
 * (main) only to change the corpus; the tests read the committed files. Each file is well under 200 KB.
 * The CAP files use ids that no database holds: the cell problems are found before the ids are looked up.
 */
public final class HostileSheetCorpus {
    public static final String CAP_SHEET = "Findings & CAP";
    public static final String FINDING = "00000000-0000-0000-0000-00000000f001";
    public static final String ACTION = "00000000-0000-0000-0000-00000000a001";
    static final List<String> CAP_HEADER = List.of("Finding id", "Action id", "Finding", "Finding status",
            "Corrective action", "Owner", "Due date", "Action status");
    static final List<String> CODE_HEADER = List.of("code_id", "title", "version", "issuer", "language",
            "section_id", "section_title", "ref", "text", "check_by", "topics", "severity");

    private HostileSheetCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of("src/test/resources/hostile/sheets");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("not-a-zip.xlsx"), "Finding id;Action id\nthis is a CSV file renamed\n");
        writeOldXls(folder.resolve("old-format.xls"));
        Path whole = folder.resolve("cap-formula.xlsx");
        RawXlsx.write(whole, CAP_SHEET, List.of(header(CAP_HEADER),
                row(2, text("A2", FINDING), text("B2", ACTION), text("C2", "F-1"), text("D2", "Open"),
                        formula("E2", "HYPERLINK(\"http://example.org\",\"x\")", "x"), text("F2", "HR manager"),
                        number("G2", 46000, 1), text("H2", "Open"))));
        byte[] complete = Files.readAllBytes(whole);
        Files.write(folder.resolve("truncated.xlsx"), Arrays.copyOf(complete, complete.length / 2));
        // 60 MB of whitespace between rows: no cell grows, only the inflated size gives it away
        RawXlsx.write(folder.resolve("zip-bomb.xlsx"), CAP_SHEET, "",
                List.of(header(CAP_HEADER), " ".repeat(60_000_000), row(2, text("A2", FINDING))).iterator());
        RawXlsx.write(folder.resolve("xxe-doctype.xlsx"), CAP_SHEET,
                "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n",
                List.of(header(CAP_HEADER), row(2, text("A2", FINDING), "<c r=\"E2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"))
                        .iterator());
        RawXlsx.write(folder.resolve("one-mb-cell.xlsx"), CAP_SHEET, List.of(header(CAP_HEADER),
                row(2, text("A2", FINDING), text("B2", ACTION), text("E2", lowEntropyText(1024 * 1024)))));
        RawXlsx.write(folder.resolve("cap-missing-columns.xlsx"), CAP_SHEET, List.of(
                header(List.of("Finding", "Finding status", "Corrective action")),
                row(2, text("A2", "F-1"), text("B2", "Open"), text("C2", "Repay fees"))));
        RawXlsx.write(folder.resolve("cap-duplicate-ids.xlsx"), CAP_SHEET, List.of(header(CAP_HEADER),
                row(2, text("A2", FINDING), text("B2", ACTION), text("E2", "Repay fees"), text("H2", "Open")),
                row(3, text("A3", FINDING), text("B3", ACTION), text("E3", "Repay all fees"), text("H3", "Done"))));
        RawXlsx.write(folder.resolve("cap-bad-dates.xlsx"), CAP_SHEET, List.of(header(CAP_HEADER),
                row(2, text("A2", FINDING), text("B2", ACTION), text("G2", "31/12/2026")),
                row(3, text("A3", FINDING), text("B3", "00000000-0000-0000-0000-00000000a002"),
                        number("G3", 46000, 0))));
        RawXlsx.write(folder.resolve("empty.xlsx"), CAP_SHEET, List.of());
        RawXlsx.write(folder.resolve("code-formula.xlsx"), "Code", List.of(header(CODE_HEADER),
                codeRow(2, "B-1", formula("I2", "CONCATENATE(\"Workers \",\"pay no fees\")", "Workers pay no fees"))));
        RawXlsx.write(folder.resolve("code-wrong-columns.xlsx"), "Code", List.of(
                header(List.of("code_id", "title", "Requirement text", "severity")),
                row(2, text("A2", "brand-code"), text("B2", "Brand code"), text("C2", "No fees"),
                        text("D2", "major"))));
        RawXlsx.write(folder.resolve("code-duplicate-ids.xlsx"), "Code", List.of(header(CODE_HEADER),
                codeRow(2, "B-1", text("I2", "Workers pay no recruitment fees.")),
                codeRow(3, "B-1", text("I3", "Workers keep their passports."))));
    }

    static String header(List<String> names) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            cells.add(text(CellReference.convertNumToColString(i) + "1", names.get(i)));
        }
        return row(1, cells.toArray(String[]::new));
    }

    /** A requirement row of a valid brand code except for the text cell given. */
    private static String codeRow(int r, String ref, String textCell) {
        return row(r, text("A" + r, "brand-code"), text("B" + r, "Brand code"), text("C" + r, "1.0"),
                text("D" + r, "Example brand"), text("E" + r, "en"), text("F" + r, "recruitment"),
                text("G" + r, "Recruitment"), text("H" + r, ref), textCell, text("J" + r, "worker_interviews"),
                text("K" + r, "recruitment-fees"), text("L" + r, "zero_tolerance"));
    }

    /** Text that compresses about 8:1, so that a 1 MB cell is a small file and not taken for a zip bomb. */
    private static String lowEntropyText(int length) {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(random.nextBoolean() ? 'a' : 'b');
        }
        return text.toString();
    }

    private static void writeOldXls(Path file) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet(CAP_SHEET).createRow(0).createCell(0).setCellValue("Finding id");
            workbook.write(out);
        }
    }
}
