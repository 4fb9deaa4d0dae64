package org.fairaudit.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fairaudit.excel.AuditReportFixture.FORMULA_DESCRIPTION;
import static org.fairaudit.excel.AuditReportFixture.REQUIREMENT_COUNT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.assertj.core.data.Offset;
import org.fairaudit.domain.AuditReport;
import org.fairaudit.domain.Finding;
import org.fairaudit.service.ConfidentialExport;
import org.fairaudit.service.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelAuditReportWriterTest {
    private static final List<String> TABLE_SHEETS = List.of("Checklist", "Findings & CAP", "Crosswalk");
    private static final ConfidentialExport REDACTED = ConfidentialExport.redacted();

    @TempDir
    Path folder;

    private final ExcelAuditReportWriter writer = new ExcelAuditReportWriter(ZoneOffset.UTC);

    @Test
    void writesTheSevenSheetsInOrder() throws IOException {
        try (ReadOnlyWorkbook book = write(AuditReportFixture.report())) {
            assertThat(book.sheetNames()).containsExactly(
                    "Summary", "Checklist", "Findings & CAP", "Workforce & interviews", "Recruitment fees", "Crosswalk",
                    "About");
        }
    }

    @Test
    void recruitmentFeesSheetListsEveryGroupWithExactAmountsAndTheExposurePerCurrency() throws IOException {
        try (ReadOnlyWorkbook book = write(AuditReportFixture.report())) {
            XSSFSheet fees = book.sheet("Recruitment fees");
            assertThat(fees.getPaneInformation().isFreezePane()).isTrue();
            assertThat(fees.getCTWorksheet().isSetAutoFilter()).isTrue();
            Row myanmar = book.rowWith(fees, book.column(fees, "Currency"), "MMK").orElseThrow();
            assertThat(myanmar.getCell(book.column(fees, "Agency")).getStringCellValue())
                    .isEqualTo("Shwe Recruitment Agency");
            assertThat(myanmar.getCell(book.column(fees, "Category (ILO 2019)")).getStringCellValue())
                    .isEqualTo("Service fees");
            assertThat(myanmar.getCell(book.column(fees, "Paid by the group")).getNumericCellValue())
                    .isEqualTo(180_000_000.0);
            assertThat(myanmar.getCell(book.column(fees, "Still owed")).getNumericCellValue())
                    .isEqualTo(120_000_000.0);
            Row usd = book.rowWith(fees, 0, "USD").orElseThrow();
            assertThat(usd.getCell(1).getNumericCellValue()).isEqualTo(5130.0);
            assertThat(usd.getCell(3).getNumericCellValue()).isEqualTo(5130.0);
            // wages are in THB, fees in MMK and USD: without rates the debt in months cannot be stated
            assertThat(value(book, fees, "Largest debt (months of wages)"))
                    .isEqualTo("Unknown: no group with a recorded wage still owes fees");

            XSSFSheet summary = book.sheet("Summary");
            assertThat(book.rowWith(summary, 0, "Recruitment-fee exposure")).isPresent();
            assertThat(book.rowWith(summary, 0, "MMK").orElseThrow().getCell(3).getNumericCellValue())
                    .isEqualTo(120_000_000.0);
        }
    }

    @Test
    void summaryShowsGradeScoreNotesCountsAndChart() throws IOException {
        AuditReport report = AuditReportFixture.report();
        try (ReadOnlyWorkbook book = write(report)) {
            XSSFSheet summary = book.sheet("Summary");
            assertThat(value(book, summary, "Grade")).isEqualTo("E");
            assertThat(book.rowWith(summary, 1, "Golden Thread Garments Co., Ltd.")).isPresent();
            Cell score = book.rowWith(summary, 0, "Overall score").orElseThrow().getCell(1);
            assertThat(score.getNumericCellValue())
                    .isCloseTo(report.rating().overall().percent().getAsDouble() / 100, within());
            assertThat(score.getCellStyle().getDataFormatString()).contains("%");
            assertThat(book.rowWith(summary, 0,
                    "Grade set to E: an open zero-tolerance finding overrides the score.")).isPresent();
            assertThat(book.rowWith(summary, 0,
                    "Incomplete audit: under 90 % of applicable requirements assessed (6 of 8).")).isPresent();

            Row zeroTolerance = book.rowWith(summary, 0, "Zero tolerance").orElseThrow();
            assertThat(zeroTolerance.getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(zeroTolerance.getCell(2).getNumericCellValue()).isEqualTo(1);
            Row minor = book.rowWith(summary, 0, "Minor").orElseThrow();
            assertThat(minor.getCell(2).getNumericCellValue()).isZero();

            assertThat(value(book, summary, "Risk level")).isEqualTo("Strong");
            assertThat(value(book, summary, "Indicators evidenced"))
                    .isEqualTo("Retention of identity documents; Debt bondage");
            assertThat(book.rowWith(summary, 1, "Wages, hours and housing")).isPresent();
            assertThat(summary.getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    @Test
    void checklistHasOneRowPerRequirementWithItsResult() throws IOException {
        try (ReadOnlyWorkbook book = write(AuditReportFixture.report())) {
            XSSFSheet checklist = book.sheet("Checklist");
            assertThat(checklist.getLastRowNum()).isEqualTo(REQUIREMENT_COUNT);
            int result = book.column(checklist, "Result");
            assertThat(book.rowWith(checklist, 2, "BL-1").orElseThrow().getCell(result).getStringCellValue())
                    .isEqualTo("Non-compliant");
            assertThat(book.rowWith(checklist, 2, "BL-6").orElseThrow().getCell(result).getStringCellValue())
                    .isEqualTo("Not applicable");
            assertThat(book.rowWith(checklist, 2, "FL-3").orElseThrow().getCell(result).getStringCellValue())
                    .as("no response counts as not assessed").isEqualTo("Not assessed");
            Row bl1 = book.rowWith(checklist, 2, "BL-1").orElseThrow();
            assertThat(bl1.getCell(book.column(checklist, "Evidence sources")).getStringCellValue())
                    .isEqualTo("Documents; Worker interviews");
            assertThat(bl1.getCell(book.column(checklist, "Topics")).getStringCellValue())
                    .isEqualTo("Recruitment fees");
        }
    }

    @Test
    void findingsSheetHasOneRowPerActionWithColoursDatesIdsAndDropdowns() throws IOException {
        try (ReadOnlyWorkbook book = write(AuditReportFixture.report())) {
            XSSFSheet findings = book.sheet("Findings & CAP");
            assertThat(findings.getLastRowNum()).as("2 + 1 actions, 3 findings without").isEqualTo(6);
            Row overdue = book.rowWith(findings, 1, AuditReportFixture.OVERDUE_ACTION.toString()).orElseThrow();
            assertThat(overdue.getCell(0).getStringCellValue())
                    .isEqualTo(AuditReportFixture.ZERO_TOLERANCE_FINDING.toString());
            assertThat(overdue.getCell(book.column(findings, "Finding")).getStringCellValue()).isEqualTo("F-001");
            assertThat(overdue.getCell(book.column(findings, "Overdue")).getStringCellValue()).isEqualTo("Yes");
            assertThat(findings.isColumnHidden(0)).isTrue();
            assertThat(findings.isColumnHidden(1)).isTrue();

            Cell due = overdue.getCell(book.column(findings, "Due date"));
            assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
            assertThat(due.getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(AuditReportFixture.REPORT_DATE.minusDays(5));

            XSSFCell severity = (XSSFCell) overdue.getCell(book.column(findings, "Severity"));
            assertThat(severity.getStringCellValue()).isEqualTo("Zero tolerance");
            XSSFColor fill = ((XSSFCellStyle) severity.getCellStyle()).getFillForegroundColorColor();
            assertThat(fill.getARGBHex()).isEqualTo("FF800000");
            assertThat(findings.getDataValidations()).hasSize(2);
        }
    }

    @Test
    void userTextThatLooksLikeAFormulaStaysText() throws IOException {
        try (ReadOnlyWorkbook book = write(AuditReportFixture.report())) {
            XSSFSheet findings = book.sheet("Findings & CAP");
            Cell description = book.rowWith(findings, book.column(findings, "Description"), FORMULA_DESCRIPTION)
                    .orElseThrow().getCell(book.column(findings, "Description"));
            assertThat(description.getCellType()).isEqualTo(CellType.STRING);
            assertThat(book.rowWith(findings, book.column(findings, "Corrective action"),
                    "@agency: repay fees to the 12 workers")).isPresent();
            assertThat(book.allCells()).noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
        }
    }

    @Test
    void overlongTextIsCutToTheCellLimitAndControlCharactersAreDropped() throws IOException {
        String overlong = "x".repeat(40_000);
        AuditReport report = AuditReportFixture.withFinding(2, f -> AuditReportFixture.finding(f.id(), "baseline",
                "BL-3", f.severity(), "Contract\u0000 substituted\u0007\n" + overlong, f.status(), f.indicators()));
        try (ReadOnlyWorkbook book = write(report)) {
            XSSFSheet findings = book.sheet("Findings & CAP");
            Row row = book.rowWith(findings, book.column(findings, "Finding"), "F-003").orElseThrow();
            String description = row.getCell(book.column(findings, "Description")).getStringCellValue();
            assertThat(description).startsWith("Contract substituted\nxxx").endsWith("\u2026").hasSize(32_767);
            assertThat(row.getHeightInPoints()).as("wrapped text grows the row up to Excel's limit").isEqualTo(409);
        }
    }

    @Test
    void everyLabelComesFromTheBundle() throws IOException {
        try (ReadOnlyWorkbook book = write(AuditReportFixture.report())) {
            assertThat(book.allCells()).noneMatch(cell -> cell.toString().matches("(?s).*![a-z][\\w.-]+!.*"));
        }
    }

    @Test
    void workforceSheetShowsAggregateCountsAndAgencies() throws IOException {
        try (ReadOnlyWorkbook book = write(AuditReportFixture.report())) {
            XSSFSheet workforce = book.sheet("Workforce & interviews");
            assertThat(book.rowWith(workforce, 0, "Total workers").orElseThrow().getCell(1).getNumericCellValue())
                    .isEqualTo(620);
            assertThat(book.rowWith(workforce, 0, "Migrant workers").orElseThrow().getCell(1).getNumericCellValue())
                    .isEqualTo(410);
            assertThat(book.rowWith(workforce, 0, "Migrant workers from " + Labels.country("MM"))).isPresent();
            assertThat(book.rowWith(workforce, 0, "Total interviewed").orElseThrow().getCell(1)
                    .getNumericCellValue()).isEqualTo(30);
            assertThat(book.rowWith(workforce, 0, "Shwe Recruitment Agency").orElseThrow().getCell(2)
                    .getStringCellValue()).isEqualTo("MM-RA-0421");
        }
    }

    @Test
    void crosswalkShowsEverySchemeHeadingAndTopicCoverage() throws IOException {
        try (ReadOnlyWorkbook book = write(AuditReportFixture.report())) {
            XSSFSheet crosswalk = book.sheet("Crosswalk");
            Row fees = book.rowWith(crosswalk, 0, "Recruitment fees").orElseThrow();
            assertThat(fees.getCell(2).getStringCellValue()).isEqualTo("BL-1");
            assertThat(fees.getCell(book.column(crosswalk, "ETI")).getStringCellValue()).isEqualTo("1");
            assertThat(fees.getCell(book.column(crosswalk, "RBA")).getStringCellValue()).isEqualTo("A1");
            assertThat(fees.getCell(book.column(crosswalk, "Dhaka / IRIS")).getStringCellValue()).isEqualTo("P1 / C");
            assertThat(fees.getCell(book.column(crosswalk, "UN Global Compact principle")).getNumericCellValue())
                    .isEqualTo(4);
            assertThat(fees.getCell(book.column(crosswalk, "Decent work pillar")).getStringCellValue())
                    .isEqualTo("Rights at work");
            assertThat(book.rowWith(crosswalk, 2, "BL-5")).as("compliant, no findings").isEmpty();
            assertThat(book.rowWith(crosswalk, 2, "BL-6")).as("has an observation finding").isPresent();

            Row coverageHeader = book.rowWith(crosswalk, 1, "Requirements").orElseThrow();
            Row feesCoverage = crosswalk.getRow(coverageHeader.getRowNum() + 1);
            assertThat(feesCoverage.getCell(0).getStringCellValue()).isEqualTo("Recruitment fees");
            assertThat(feesCoverage.getCell(1).getNumericCellValue()).as("BL-1 and FL-1").isEqualTo(2);
            assertThat(feesCoverage.getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(feesCoverage.getCell(3).getNumericCellValue()).isEqualTo(1);
            assertThat(feesCoverage.getCell(4).getNumericCellValue()).isEqualTo(1);
        }
    }

    @Test
    void aboutListsCodeVersionsAndAStableDigest() throws IOException {
        String digest;
        try (ReadOnlyWorkbook book = write(AuditReportFixture.report())) {
            XSSFSheet about = book.sheet("About");
            assertThat(book.rowWith(about, 0, "baseline").orElseThrow().getCell(1).getStringCellValue())
                    .isEqualTo("1.2");
            assertThat(book.rowWith(about, 0, "fl-indicators").orElseThrow().getCell(1).getStringCellValue())
                    .isEqualTo("1.0");
            assertThat(value(book, about, "Generated by")).isEqualTo("Amina Rahman (Auditor)");
            digest = digestIn(book);
            assertThat(digest).matches("[0-9a-f]{64}");
        }
        AuditReport sameDataLater = AuditReportFixture.report(
                AuditReportFixture.GENERATED_AT.plusSeconds(86_400), AuditReportFixture.report().findings());
        try (ReadOnlyWorkbook book = write(sameDataLater, "later.xlsx")) {
            assertThat(digestIn(book)).isEqualTo(digest);
        }
        AuditReport changed = AuditReportFixture.withFinding(1, f -> new Finding(f.id(), f.supplierId(), f.auditId(),
                f.requirements(), f.severity(), "Fees of 2,800 USD charged by the agent", f.evidence(),
                f.workersAffected(), f.scope(), f.indicators(), f.rootCause(), f.status(), f.raisedOn(),
                f.workerPseudonyms(), f.version()));
        try (ReadOnlyWorkbook book = write(changed, "changed.xlsx")) {
            assertThat(digestIn(book)).isNotEqualTo(digest);
        }
    }

    @Test
    void tableSheetsHaveFrozenHeaderAutofilterAndPrintTitles() throws IOException {
        try (ReadOnlyWorkbook book = write(AuditReportFixture.report())) {
            for (String name : TABLE_SHEETS) {
                XSSFSheet sheet = book.sheet(name);
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
                assertThat(sheet.getRepeatingRows()).as(name).isNotNull();
                assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
                assertThat(sheet.getFitToPage()).as(name).isTrue();
            }
        }
    }

    @Test
    void cancellingStopsAndLeavesNoFile() throws IOException {
        Path out = folder.resolve("report.xlsx");
        AtomicInteger calls = new AtomicInteger();
        ProgressListener cancelAfterTwoSheets = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return calls.incrementAndGet() > 12;
            }
        };
        assertThatThrownBy(() -> writer.write(AuditReportFixture.report(), out, REDACTED, cancelAfterTwoSheets))
                .isInstanceOf(CancellationException.class);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void cancellingKeepsAnEarlierReportUnderTheSameName() throws IOException {
        Path out = folder.resolve("report.xlsx");
        Files.writeString(out, "earlier report");
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> writer.write(AuditReportFixture.report(), out, REDACTED, cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(Files.readString(out)).isEqualTo("earlier report");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void streamsThousandsOfFindingsAndReportsProgress() throws IOException {
        int extra = 3_000;
        List<long[]> reports = new ArrayList<>();
        ProgressListener recording = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                reports.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        Path out = folder.resolve("big.xlsx");
        writer.write(AuditReportFixture.withManyFindings(extra), out, REDACTED, recording);

        try (ReadOnlyWorkbook book = new ReadOnlyWorkbook(out)) {
            XSSFSheet findings = book.sheet("Findings & CAP");
            assertThat(findings.getLastRowNum()).isEqualTo(6 + extra);
            assertThat(findings.getRow(6 + extra).getCell(book.column(findings, "Finding")).getStringCellValue())
                    .isEqualTo("F-3005");
            assertThat(findings.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:T" + (7 + extra));
        }
        assertThat(reports).hasSizeGreaterThan(extra / 250);
        assertThat(reports).extracting(r -> r[0]).isSorted();
        long[] last = reports.get(reports.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]);
    }

    private ReadOnlyWorkbook write(AuditReport report) throws IOException {
        return write(report, "report.xlsx");
    }

    private ReadOnlyWorkbook write(AuditReport report, String fileName) throws IOException {
        Path out = folder.resolve(fileName);
        writer.write(report, out, REDACTED, ProgressListener.NONE);
        return new ReadOnlyWorkbook(out);
    }

    /** The value next to a label in column A. */
    private static String value(ReadOnlyWorkbook book, XSSFSheet sheet, String label) {
        return book.rowWith(sheet, 0, label).orElseThrow().getCell(1).getStringCellValue();
    }

    private static String digestIn(ReadOnlyWorkbook book) {
        XSSFSheet about = book.sheet("About");
        Row heading = book.rowWith(about, 0, "Data digest (SHA-256)").orElseThrow();
        return about.getRow(heading.getRowNum() + 1).getCell(0).getStringCellValue();
    }

    private static Offset<Double> within() {
        return Offset.offset(1e-9);
    }
}
