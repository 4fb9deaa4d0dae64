package org.fairaudit.excel;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.fairaudit.domain.ResponseResult;
import org.fairaudit.domain.Severity;

/**
 * The cell styles of the audit report, created once per workbook (a workbook holds at most 64,000 styles,
 * so sheets must never create styles per cell).
 */
final class ReportStyles {
    final CellStyle text;
    final CellStyle header;
    final CellStyle title;
    final CellStyle heading;
    final CellStyle label;
    final CellStyle note;
    final CellStyle line;
    final CellStyle integer;
    final CellStyle percent;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle overdue;
    private final Map<Severity, CellStyle> severity = new EnumMap<>(Severity.class);
    private final Map<ResponseResult, CellStyle> result = new EnumMap<>(ResponseResult.class);

    ReportStyles(Workbook workbook) {
        text = workbook.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);

        header = derived(workbook, text);
        header.setFont(font(workbook, true, false, IndexedColors.BLACK));
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);

        title = workbook.createCellStyle();
        Font titleFont = font(workbook, true, false, IndexedColors.BLACK);
        titleFont.setFontHeightInPoints((short) 14);
        title.setFont(titleFont);

        heading = workbook.createCellStyle();
        Font headingFont = font(workbook, true, false, IndexedColors.DARK_BLUE);
        headingFont.setFontHeightInPoints((short) 12);
        heading.setFont(headingFont);
        heading.setBorderBottom(BorderStyle.THIN);

        label = derived(workbook, text);
        label.setFont(font(workbook, true, false, IndexedColors.BLACK));

        // notes and explanation lines do not wrap: they run on over the empty cells to their right
        line = workbook.createCellStyle();
        note = workbook.createCellStyle();
        note.setFont(font(workbook, true, true, IndexedColors.DARK_RED));

        integer = numeric(workbook, "0");
        percent = numeric(workbook, "0.0%");
        date = numeric(workbook, "yyyy-mm-dd");
        dateTime = numeric(workbook, "yyyy-mm-dd hh:mm");

        overdue = derived(workbook, text);
        overdue.setFont(font(workbook, true, false, IndexedColors.DARK_RED));

        severity.put(Severity.ZERO_TOLERANCE, filled(workbook, IndexedColors.DARK_RED, IndexedColors.WHITE));
        severity.put(Severity.MAJOR, filled(workbook, IndexedColors.CORAL, IndexedColors.BLACK));
        severity.put(Severity.MINOR, filled(workbook, IndexedColors.LIGHT_YELLOW, IndexedColors.BLACK));
        severity.put(Severity.OBSERVATION, filled(workbook, IndexedColors.LIGHT_TURQUOISE, IndexedColors.BLACK));
        severity.put(Severity.GOOD_PRACTICE, filled(workbook, IndexedColors.LIGHT_GREEN, IndexedColors.BLACK));

        result.put(ResponseResult.COMPLIANT, filled(workbook, IndexedColors.LIGHT_GREEN, IndexedColors.BLACK));
        result.put(ResponseResult.NON_COMPLIANT, filled(workbook, IndexedColors.CORAL, IndexedColors.BLACK));
        result.put(ResponseResult.OBSERVATION, filled(workbook, IndexedColors.LIGHT_YELLOW, IndexedColors.BLACK));
        result.put(ResponseResult.NOT_APPLICABLE, text);
        result.put(ResponseResult.NOT_ASSESSED, filled(workbook, IndexedColors.GREY_25_PERCENT, IndexedColors.BLACK));
    }

    CellStyle severity(Severity level) {
        return severity.get(level);
    }

    CellStyle result(ResponseResult value) {
        return result.get(value);
    }

    private static CellStyle derived(Workbook workbook, CellStyle base) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        return style;
    }

    private CellStyle filled(Workbook workbook, IndexedColors fill, IndexedColors fontColour) {
        CellStyle style = derived(workbook, text);
        style.setFillForegroundColor(fill.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setFont(font(workbook, fontColour != IndexedColors.BLACK, false, fontColour));
        return style;
    }

    private static CellStyle numeric(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static Font font(Workbook workbook, boolean bold, boolean italic, IndexedColors colour) {
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setItalic(italic);
        font.setColor(colour.getIndex());
        return font;
    }
}
