package org.fairaudit.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.ForcedLabourRisk;
import org.fairaudit.domain.Grade;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Scope;
import org.fairaudit.domain.Severity;
import org.fairaudit.domain.Supplier;
import org.fairaudit.service.PortfolioFilter;
import org.fairaudit.service.PortfolioRows.ActionLine;
import org.fairaudit.service.PortfolioRows.CountryTopicCounts;
import org.fairaudit.service.PortfolioRows.FindingLine;
import org.fairaudit.service.PortfolioRows.SupplierLine;
import org.fairaudit.service.PortfolioSource;
import org.fairaudit.service.ProgressListener;
import org.fairaudit.ui.fakes.CancelAfterReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portfolio workbook written with fastexcel and read back with POI: cells, looks, and no partial file. */
class ExcelPortfolioWriterTest {
    private static final Profile REVIEWER = new Profile(UUID.randomUUID(), "Brand reviewer", Role.REVIEWER);
    private static final Instant AT = Instant.parse("2026-06-01T08:00:00Z");
    private static final Supplier SUPPLIER = Supplier.draft("Perak Precision Electronics", "MY");

    @TempDir
    Path dir;

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        List<String> formulas = List.of("=HYPERLINK(\"http://example.org\",\"click\")", "+1+1", "-2", "@SUM(A1:A2)");
        ListSource source = new ListSource();
        for (String text : formulas) {
            source.findings.add(finding(text, Severity.MAJOR));
        }

        Path file = write(source, ProgressListener.NONE);

        try (ReadOnlyWorkbook book = new ReadOnlyWorkbook(file)) {
            XSSFSheet findings = book.workbook().getSheet("Findings");
            for (int i = 0; i < formulas.size(); i++) {
                Cell description = findings.getRow(i + 1).getCell(8);
                assertThat(description.getCellType()).isEqualTo(CellType.STRING);
                assertThat(description.getStringCellValue()).isEqualTo(formulas.get(i));
            }
        }
    }

    @Test
    void anEmptyPortfolioHasEverySheetWithItsHeader() throws Exception {
        Path file = write(new ListSource(), ProgressListener.NONE);

        try (ReadOnlyWorkbook book = new ReadOnlyWorkbook(file)) {
            XSSFWorkbook workbook = book.workbook();
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            for (String name : List.of("Suppliers", "Findings", "CAP tracker", "Country x topic")) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet.getLastRowNum()).as(name).isZero();
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as(name).isNotEmpty();
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
            }
            assertThat(workbook.getSheet("About").getRow(0).getCell(0).getStringCellValue()).isNotEmpty();
        }
    }

    @Test
    void keepsTheLooksOfTheAuditReport() throws Exception {
        ListSource source = new ListSource();
        source.suppliers.add(new SupplierLine(SUPPLIER, Optional.of(Grade.C), LocalDate.of(2026, 3, 2),
                Map.of(Severity.ZERO_TOLERANCE, 1, Severity.MAJOR, 2, Severity.MINOR, 0, Severity.OBSERVATION, 0,
                        Severity.GOOD_PRACTICE, 0), 1, ForcedLabourRisk.NONE, Map.of("NPR", new BigDecimal("1000"))));
        source.findings.add(finding("Workers paid recruitment fees of several months' wages to agents. ".repeat(5),
                Severity.ZERO_TOLERANCE));
        source.actions.add(new ActionLine(UUID.randomUUID(), SUPPLIER.name(), "MY", Severity.MAJOR, "Fees",
                "Repay the fees", "HR", LocalDate.of(2026, 1, 1), ActionStatus.OPEN, null, null, null));

        Path file = write(source, ProgressListener.NONE);

        try (ReadOnlyWorkbook book = new ReadOnlyWorkbook(file)) {
            XSSFSheet findings = book.workbook().getSheet("Findings");
            XSSFCellStyle header = findings.getRow(0).getCell(1).getCellStyle();
            assertThat(header.getFont().getBold()).isTrue();
            assertThat(header.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(findings.isColumnHidden(0)).isTrue();
            assertThat(findings.isColumnHidden(1)).isFalse();
            assertThat(findings.getColumnWidth(8)).isEqualTo(40 * 256);
            assertThat(findings.getRepeatingRows()).isNotNull();
            assertThat(findings.getPrintSetup().getLandscape()).isTrue();
            assertThat(findings.getFitToPage()).isTrue();

            Row row = findings.getRow(1);
            assertThat(row.getCell(8).getCellStyle().getWrapText()).isTrue();
            assertThat(row.getHeightInPoints()).as("grown for the wrapped description").isGreaterThan(30);
            assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(new DataFormatter().formatCellValue(row.getCell(4))).isEqualTo("2026-05-01");
            XSSFCellStyle severity = (XSSFCellStyle) row.getCell(6).getCellStyle();
            assertThat(severity.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(severity.getFont().getBold()).as("zero tolerance: bold white on dark red").isTrue();
            assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(12);

            Row action = book.workbook().getSheet("CAP tracker").getRow(1);
            assertThat(action.getCell(9).getStringCellValue()).isEqualTo("Yes");
            assertThat(((XSSFCellStyle) action.getCell(9).getCellStyle()).getFont().getBold()).isTrue();

            Row supplier = book.workbook().getSheet("Suppliers").getRow(1);
            assertThat(new DataFormatter().formatCellValue(supplier.getCell(4))).isEqualTo("2026-03-02");
            assertThat(supplier.getCell(5).getNumericCellValue()).isEqualTo(1);
            assertThat(supplier.getCell(13).getStringCellValue()).isEqualTo("NPR 1,000.00");
        }
    }

    @Test
    void cancellingLeavesNoFileNotEvenAPartialOne() throws IOException {
        ListSource source = new ListSource();
        for (int i = 0; i < 3_000; i++) {
            source.findings.add(finding("Fees " + i, Severity.MINOR));
        }
        ProgressListener cancelHalfway = new CancelAfterReports(7);

        assertThatThrownBy(() -> write(source, cancelHalfway)).isInstanceOf(CancellationException.class);

        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFailingSourceLeavesNoFile() throws IOException {
        ListSource source = new ListSource() {
            @Override
            public void actions(PortfolioFilter filter, Consumer<ActionLine> sink) {
                throw new IllegalStateException("database gone");
            }
        };
        source.findings.add(finding("Fees", Severity.MINOR));

        assertThatThrownBy(() -> write(source, ProgressListener.NONE)).hasMessage("database gone");

        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void rowHeightsOfWrittenRowsAreNotKept() throws Exception {
        Path file = dir.resolve("heights.xlsx");
        try (var stream = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(stream, "test", "1.0");
            FastSheet sheet = FastSheet.table(workbook, "Rows", List.of(Column.named("Text", 10)));
            for (int i = 0; i < 2_500; i++) {
                sheet.row().text("long enough to wrap onto three lines " + i);
            }
            assertThat(sheet.rowHeightsHeld()).as("heights of the rows not yet written").isLessThanOrEqualTo(1_000);
            sheet.finish();
            assertThat(sheet.rowHeightsHeld()).isZero();
            workbook.finish();
        }
        try (ReadOnlyWorkbook book = new ReadOnlyWorkbook(file)) {
            XSSFSheet sheet = book.workbook().getSheet("Rows");
            assertThat(sheet.getRow(1).getHeightInPoints()).isEqualTo(CellText.rowHeightPoints(4));
            assertThat(sheet.getRow(2_500).getHeightInPoints()).isEqualTo(CellText.rowHeightPoints(4));
        }
    }

    private Path write(PortfolioSource source, ProgressListener progress) throws IOException {
        Path file = dir.resolve("portfolio.xlsx");
        new ExcelPortfolioWriter(ZoneOffset.UTC).write(source, PortfolioFilter.ALL, Crosswalk.EMPTY, REVIEWER, AT,
                "test", file, progress);
        return file;
    }

    private static FindingLine finding(String description, Severity severity) {
        return new FindingLine(UUID.randomUUID(), SUPPLIER.name(), "MY", null, LocalDate.of(2026, 5, 1),
                List.of("fair-recruitment:FR-1"), severity, FindingStatus.OPEN, description, "Receipts", 12,
                Scope.SYSTEMIC, Set.of(ForcedLabourIndicator.DEBT_BONDAGE), "Agent practice");
    }

    /** Rows held in lists. */
    private static class ListSource implements PortfolioSource {
        final List<SupplierLine> suppliers = new ArrayList<>();
        final List<FindingLine> findings = new ArrayList<>();
        final List<ActionLine> actions = new ArrayList<>();

        @Override
        public long rowCount(PortfolioFilter filter) {
            return findings.size() + actions.size();
        }

        @Override
        public void suppliers(PortfolioFilter filter, Consumer<SupplierLine> sink) {
            suppliers.forEach(sink);
        }

        @Override
        public void findings(PortfolioFilter filter, Consumer<FindingLine> sink) {
            findings.forEach(sink);
        }

        @Override
        public void actions(PortfolioFilter filter, Consumer<ActionLine> sink) {
            actions.forEach(sink);
        }

        @Override
        public CountryTopicCounts countryTopicCounts(PortfolioFilter filter) {
            return new CountryTopicCounts(Map.of());
        }
    }
}
