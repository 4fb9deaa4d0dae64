package org.fairaudit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.Role;
import org.fairaudit.service.FindingFilter;
import org.fairaudit.service.FindingRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code export-portfolio} on the demo database, read back sheet by sheet. */
class ExportPortfolioCommandTest {
    @TempDir
    static Path dir;
    static Path db;
    static int findings;
    static int actions;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void demoDatabaseWithAReviewer() {
        db = dir.resolve("demo");
        assertThat(Cli.run(new String[] {"demo", "--db", db.toString(), "--profile", "Field auditor"})).isZero();
        try (AppContext context = AppContext.open(db)) {
            List<FindingRow> rows = context.services().findings().search(FindingFilter.all(LocalDate.now()));
            findings = rows.size();
            for (FindingRow row : rows) {
                List<CorrectiveAction> ofFinding = context.services().findings().actions(row.finding().id());
                actions += ofFinding.size();
            }
            context.services().profiles().createAndUse("Brand reviewer", Role.REVIEWER);
        }
    }

    /** {@code export-portfolio} on the demo database, signed in as its reviewer. */
    private int exportAsReviewer(String... options) {
        List<String> args = new ArrayList<>(List.of("export-portfolio", "--db", db.toString(), "--profile",
                "Brand reviewer"));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    private int run(String... args) {
        CommandLine commandLine = Cli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void writesEverySheetWithTheDatabaseCountsAndNoConfidentialField() throws Exception {
        Path file = dir.resolve("portfolio.xlsx");
        assertThat(exportAsReviewer("--out", file.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Portfolio written to");

        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook book = new XSSFWorkbook(pkg)) {
            assertThat(sheetNames(book)).containsExactly("Suppliers", "Findings", "CAP tracker", "Country x topic",
                    "About");
            XSSFSheet suppliers = book.getSheet("Suppliers");
            assertThat(suppliers.getLastRowNum()).isEqualTo(3);
            assertThat(suppliers.getPaneInformation().isFreezePane()).isTrue();
            assertThat(suppliers.getCTWorksheet().isSetAutoFilter()).isTrue();
            Row seafood = rowWith(suppliers, "Andaman Seafood Processing Co., Ltd.");
            assertThat(text(seafood, column(suppliers, "Grade"))).isNotEmpty();
            Row electronics = rowWith(suppliers, "Perak Precision Electronics Sdn Bhd");
            assertThat(text(electronics, column(suppliers, "Recruitment fees still owed")))
                    .contains("NPR 50,190,000.00").contains("USD 873,600.00");

            assertThat(book.getSheet("Findings").getLastRowNum()).isEqualTo(findings);
            assertThat(book.getSheet("CAP tracker").getLastRowNum()).isEqualTo(actions);
            Sheet findingsSheet = book.getSheet("Findings");
            assertThat(findingsSheet.getRow(1).getCell(column(findingsSheet, "Raised on")).getCellType())
                    .isEqualTo(CellType.NUMERIC);
            assertThat(book.getSheet("Country x topic").getLastRowNum()).isPositive();

            // the demo's worker pseudonyms ("W-03, W-07") are confidential and appear nowhere
            assertThat(allText(book)).noneMatch(value -> value.contains("W-03"));
        }
    }

    @Test
    void filtersByCountryAndDates() throws Exception {
        Path file = dir.resolve("thailand.xlsx");
        assertThat(exportAsReviewer("--out", file.toString(), "--country", "TH",
                "--from", "2000-01-01", "--to", LocalDate.now().plusDays(1).toString())).as(err.toString()).isZero();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook book = new XSSFWorkbook(pkg)) {
            assertThat(book.getSheet("Suppliers").getLastRowNum()).isEqualTo(1);
            Sheet findingsSheet = book.getSheet("Findings");
            int country = column(findingsSheet, "Country");
            assertThat(findingsSheet.getLastRowNum()).isPositive();
            for (int i = 1; i <= findingsSheet.getLastRowNum(); i++) {
                assertThat(text(findingsSheet.getRow(i), country)).isEqualTo("TH");
            }
        }

        Path none = dir.resolve("future.xlsx");
        assertThat(exportAsReviewer("--out", none.toString(), "--from",
                LocalDate.now().plusYears(1).toString())).isZero();
        try (OPCPackage pkg = OPCPackage.open(none.toFile(), PackageAccess.READ);
             XSSFWorkbook book = new XSSFWorkbook(pkg)) {
            assertThat(book.getSheet("Findings").getLastRowNum()).isZero();
        }
    }

    @Test
    void badFiltersAndAnAuditorAreRefusedInOneLineAndWriteNothing() {
        Path file = dir.resolve("refused.xlsx");
        assertThat(exportAsReviewer("--out", file.toString(), "--country", "XX"))
                .isEqualTo(1);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(exportAsReviewer("--out", file.toString(), "--from", "2026-05-01",
                "--to", "2026-01-01")).isEqualTo(1);
        assertThat(Files.exists(file)).isFalse();

        Path auditorDb = dir.resolve("auditor");
        assertThat(Cli.run(new String[] {"demo", "--db", auditorDb.toString(), "--profile", "Auditor"})).isZero();
        err.getBuffer().setLength(0);
        assertThat(run("export-portfolio", "--db", auditorDb.toString(), "--out", file.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(Files.exists(file)).isFalse();
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (header.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("No column " + header);
    }

    private static Row rowWith(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (first.equals(text(row, 0))) {
                return row;
            }
        }
        throw new AssertionError("No row " + first);
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    private static List<String> allText(XSSFWorkbook book) {
        List<String> values = new ArrayList<>();
        book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING) {
                values.add(cell.getStringCellValue());
            }
        })));
        return values;
    }
}
