package org.fairaudit.excel;

import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
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
    /** Points per line of the body font, for estimating the height of wrapped rows. */
    static final float LINE_HEIGHT_POINTS = 15f;
    private static final String FONT_NAME = "Calibri";

    final CellStyle text;
    final CellStyle header;
    final CellStyle title;
    final CellStyle heading;
    final CellStyle label;
    /** Notes and explanation lines do not wrap: they run on over the empty cells to their right. */
    final CellStyle note;
    final CellStyle line;
    final CellStyle integer;
    final CellStyle percent;
    final CellStyle money;
    final CellStyle months;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle overdue;
    private final Map<Severity, CellStyle> severity = new EnumMap<>(Severity.class);
    private final Map<ResponseResult, CellStyle> result = new EnumMap<>(ResponseResult.class);
    /** Kept here because POI reads a style's wrap flag from its XML on every call. */
    private final Set<CellStyle> wrapping = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Workbook workbook;

    ReportStyles(Workbook workbook) {
        this.workbook = workbook;
        // every style names its font: the workbook's default font renders at another size in LibreOffice
        Font regular = font(11, false, false, IndexedColors.BLACK);
        Font bold = font(11, true, false, IndexedColors.BLACK);
        Font boldWhite = font(11, true, false, IndexedColors.WHITE);
        Font warning = font(11, true, true, IndexedColors.DARK_RED);

        text = style(regular, true);
        header = style(bold, true);
        fill(header, IndexedColors.GREY_25_PERCENT);
        header.setBorderBottom(BorderStyle.THIN);
        title = style(font(14, true, false, IndexedColors.BLACK), false);
        heading = style(font(12, true, false, IndexedColors.DARK_BLUE), false);
        heading.setBorderBottom(BorderStyle.THIN);
        label = style(bold, true);
        note = style(warning, false);
        line = style(regular, false);
        overdue = style(font(11, true, false, IndexedColors.DARK_RED), true);

        integer = numeric(regular, "0");
        percent = numeric(regular, "0.0%");
        money = numeric(regular, "#,##0.00");
        months = numeric(regular, "0.0");
        date = numeric(regular, "yyyy-mm-dd");
        dateTime = numeric(regular, "yyyy-mm-dd hh:mm");

        severity.put(Severity.ZERO_TOLERANCE, filled(boldWhite, IndexedColors.DARK_RED));
        severity.put(Severity.MAJOR, filled(regular, IndexedColors.CORAL));
        severity.put(Severity.MINOR, filled(regular, IndexedColors.LIGHT_YELLOW));
        severity.put(Severity.OBSERVATION, filled(regular, IndexedColors.LIGHT_TURQUOISE));
        severity.put(Severity.GOOD_PRACTICE, filled(regular, IndexedColors.LIGHT_GREEN));

        result.put(ResponseResult.COMPLIANT, filled(regular, IndexedColors.LIGHT_GREEN));
        result.put(ResponseResult.NON_COMPLIANT, filled(regular, IndexedColors.CORAL));
        result.put(ResponseResult.OBSERVATION, filled(regular, IndexedColors.LIGHT_YELLOW));
        result.put(ResponseResult.NOT_APPLICABLE, text);
        result.put(ResponseResult.NOT_ASSESSED, filled(regular, IndexedColors.GREY_25_PERCENT));
    }

    CellStyle severity(Severity level) {
        return severity.get(level);
    }

    CellStyle result(ResponseResult value) {
        return result.get(value);
    }

    boolean wraps(CellStyle style) {
        return wrapping.contains(style);
    }

    private CellStyle style(Font font, boolean wrap) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(wrap);
        if (wrap) {
            wrapping.add(style);
        }
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private CellStyle filled(Font font, IndexedColors colour) {
        CellStyle style = style(font, true);
        fill(style, colour);
        return style;
    }

    private static void fill(CellStyle style, IndexedColors colour) {
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /** Left-aligned, so that a number or date stands next to its label, not at the far end of a wide column. */
    private CellStyle numeric(Font font, String format) {
        CellStyle style = style(font, false);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        style.setAlignment(HorizontalAlignment.LEFT);
        return style;
    }

    private Font font(int points, boolean bold, boolean italic, IndexedColors colour) {
        Font font = workbook.createFont();
        font.setFontName(FONT_NAME);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        font.setColor(colour.getIndex());
        return font;
    }
}
