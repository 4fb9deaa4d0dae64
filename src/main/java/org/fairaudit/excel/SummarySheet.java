package org.fairaudit.excel;

import static org.fairaudit.i18n.Messages.get;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.FeeExposure;
import org.fairaudit.domain.AuditRating;
import org.fairaudit.domain.CodeScore;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingWithActions;
import org.fairaudit.domain.ForcedLabourRisk;
import org.fairaudit.domain.SectionScore;
import org.fairaudit.domain.Severity;
import org.fairaudit.domain.Supplier;

/**
 * The first sheet: who and what was audited, the grade and why, findings by severity, forced-labour risk,
 * and section scores with a bar chart. Written on the in-memory (XSSF) workbook because charts need it;
 * it is small whatever the size of the audit.
 */
final class SummarySheet {
    private static final int[] COLUMN_WIDTHS = {32, 44, 12, 12, 24, 10};
    private static final int SECTION_CODE = 0;
    private static final int SECTION_TITLE = 1;
    private static final int SECTION_SCORE = 5;

    private final ReportContext context;

    SummarySheet(ReportContext context) {
        this.context = context;
    }

    void write(XSSFWorkbook workbook) {
        String name = get("excel.sheet.summary");
        XSSFSheet sheet = context.start(workbook.createSheet(name), COLUMN_WIDTHS);
        SheetCursor cursor = new SheetCursor(sheet, context.styles());
        cursor.title(get("excel.summary.title", context.report().supplier().name()));
        supplier(cursor);
        audit(cursor);
        rating(cursor);
        findingsBySeverity(cursor);
        forcedLabourRisk(cursor);
        new FeeExposureBlock(context.styles()).write(cursor, FeeExposure.of(context.report().fees()));
        sectionScores(sheet, cursor);
        method(cursor);
        TableSheet.fitToPageWidth(sheet, false);
        context.progress().row();
    }

    private void supplier(SheetCursor cursor) {
        Supplier supplier = context.report().supplier();
        cursor.heading(get("excel.summary.supplier"));
        cursor.pair(get("excel.summary.supplier.name")).text(supplier.name());
        cursor.pair(get("excel.summary.supplier.osId")).text(supplier.osId());
        cursor.pair(get("excel.summary.supplier.country")).text(Labels.country(supplier.country()));
        cursor.pair(get("excel.summary.supplier.address")).text(supplier.address());
        cursor.pair(get("excel.summary.supplier.sector")).text(supplier.sector());
    }

    private void audit(SheetCursor cursor) {
        Audit audit = context.report().audit();
        cursor.heading(get("excel.summary.audit"));
        cursor.pair(get("excel.summary.audit.type")).text(Labels.of(audit.type()));
        cursor.pair(get("excel.summary.audit.announcement")).text(Labels.of(audit.announcement()));
        cursor.pair(get("excel.summary.audit.start")).date(audit.startDate());
        cursor.pair(get("excel.summary.audit.end")).date(audit.endDate());
        cursor.pair(get("excel.summary.audit.lead")).text(audit.leadAuditor());
        cursor.pair(get("excel.summary.audit.team")).text(audit.team());
        cursor.pair(get("excel.summary.audit.status")).text(Labels.of(audit.status()));
        cursor.pair(get("excel.summary.audit.codes")).text(context.report().codes().stream()
                .map(code -> code.title() + " (" + code.ref() + ")").collect(Collectors.joining("\n")));
    }

    private void rating(SheetCursor cursor) {
        AuditRating rating = context.report().rating();
        cursor.heading(get("excel.summary.rating"));
        cursor.pair(get("excel.summary.score")).percent(rating.overall().percent());
        cursor.pair(get("excel.summary.grade"))
                .text(rating.grade().map(Labels::of).orElse(get("excel.summary.noGrade")), context.styles().title);
        if (rating.zeroToleranceOverride()) {
            cursor.note(get("excel.summary.zeroToleranceNote"));
        }
        if (rating.incomplete()) {
            cursor.note(get("excel.summary.incompleteNote",
                    rating.overall().assessed(), rating.overall().applicable()));
        }
        for (CodeScore code : rating.codes()) {
            cursor.pair(get("excel.summary.codeScore", code.code()))
                    .percent(code.score().percent())
                    .text(code.grade().map(Labels::of).orElse(""));
        }
    }

    private void findingsBySeverity(SheetCursor cursor) {
        List<Finding> findings = context.report().findings().stream().map(FindingWithActions::finding).toList();
        cursor.heading(get("excel.summary.findings"));
        cursor.header(List.of(get("excel.summary.findings.severity"), get("excel.summary.findings.total"),
                get("excel.summary.findings.open")));
        for (Severity severity : Severity.values()) {
            List<Finding> ofSeverity = findings.stream().filter(f -> f.severity() == severity).toList();
            cursor.row().text(Labels.of(severity), context.styles().severity(severity))
                    .number(ofSeverity.size())
                    .number((int) ofSeverity.stream().filter(f -> f.status().isOpen()).count());
        }
    }

    private void forcedLabourRisk(SheetCursor cursor) {
        ForcedLabourRisk risk = context.report().rating().forcedLabourRisk();
        cursor.heading(get("excel.summary.risk"));
        cursor.pair(get("excel.summary.risk.level")).text(Labels.of(risk.level()), context.styles().label);
        cursor.pair(get("excel.summary.risk.indicators"))
                .text(risk.indicators().isEmpty() ? get("excel.none") : Labels.of(risk.indicators()));
    }

    private void sectionScores(XSSFSheet sheet, SheetCursor cursor) {
        List<SectionScore> sections = context.report().rating().sections();
        cursor.heading(get("excel.summary.sections"));
        cursor.header(List.of(get("excel.summary.sections.code"), get("excel.summary.sections.section"),
                get("excel.summary.sections.applicable"), get("excel.summary.sections.assessed"),
                get("excel.summary.sections.positive"), get("excel.summary.sections.score")));
        int firstRow = cursor.nextRow();
        for (SectionScore section : sections) {
            cursor.row().text(section.code().toString()).text(section.title())
                    .number(section.score().applicable()).number(section.score().assessed())
                    .number(section.score().positive()).percent(section.score().percent());
        }
        int lastRow = cursor.nextRow() - 1;
        if (!sections.isEmpty()) {
            int chartRows = Math.max(14, 2 * sections.size() + 6);
            cursor.skip(1);
            barChart(sheet, firstRow, lastRow, cursor.nextRow(), chartRows);
            cursor.skip(chartRows);
        }
    }

    /** Horizontal bars, first section on top, scores 0–100 %, linked to the section table's cells. */
    private static void barChart(XSSFSheet sheet, int firstDataRow, int lastDataRow, int top, int height) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(
                drawing.createAnchor(0, 0, 0, 0, SECTION_CODE, top, COLUMN_WIDTHS.length, top + height));
        chart.setTitleText(get("excel.summary.chart.title"));
        chart.setTitleOverlay(false);

        XDDFCategoryAxis sectionAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        sectionAxis.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis scoreAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        scoreAxis.setMinimum(0);
        scoreAxis.setMaximum(1);
        scoreAxis.setNumberFormat("0%");
        scoreAxis.setCrosses(AxisCrosses.MAX);

        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, sectionAxis, scoreAxis);
        bars.setBarDirection(BarDirection.BAR);
        bars.setVaryColors(false);
        XDDFChartData.Series series = bars.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet,
                        new CellRangeAddress(firstDataRow, lastDataRow, SECTION_TITLE, SECTION_TITLE)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                        new CellRangeAddress(firstDataRow, lastDataRow, SECTION_SCORE, SECTION_SCORE)));
        series.setTitle(get("excel.summary.sections.score"), null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        chart.plot(bars);
    }

    private static void method(SheetCursor cursor) {
        cursor.heading(get("excel.summary.method"));
        cursor.line(get("excel.summary.method.score"));
        cursor.line(get("excel.summary.method.bands"));
        cursor.line(get("excel.summary.method.zeroTolerance"));
        cursor.line(get("excel.summary.method.incomplete"));
        cursor.line(get("excel.summary.method.risk"));
    }
}
