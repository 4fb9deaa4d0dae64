package org.fairaudit.excel;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.fairaudit.domain.ResponseResult;
import org.fairaudit.domain.Severity;

/**
 * The {@link CellLook}s of the audit report as POI cell styles, created once per workbook (a workbook holds at most
 * 64,000 styles, so sheets must never create styles per cell).
 */
final class ReportStyles {
    /** Points per line of the body font, for estimating the height of wrapped rows. */
    static final float LINE_HEIGHT_POINTS = 15f;

    final CellStyle text;
    final CellStyle header;
    final CellStyle title;
    final CellStyle heading;
    final CellStyle label;
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
    /** One style per look and one font per typeface: equal looks share their style. */
    private final Map<CellLook, CellStyle> styles = new HashMap<>();
    private final Map<CellLook.Typeface, Font> fonts = new HashMap<>();
    private final Workbook workbook;

    ReportStyles(Workbook workbook) {
        this.workbook = workbook;
        text = style(CellLook.TEXT);
        header = style(CellLook.HEADER);
        title = style(CellLook.TITLE);
        heading = style(CellLook.HEADING);
        label = style(CellLook.LABEL);
        note = style(CellLook.NOTE);
        line = style(CellLook.LINE);
        overdue = style(CellLook.OVERDUE);
        integer = style(CellLook.INTEGER);
        percent = style(CellLook.PERCENT);
        money = style(CellLook.MONEY);
        months = style(CellLook.MONTHS);
        date = style(CellLook.DATE);
        dateTime = style(CellLook.DATE_TIME);
        for (Severity level : Severity.values()) {
            severity.put(level, style(CellLook.severity(level)));
        }
        for (ResponseResult value : ResponseResult.values()) {
            result.put(value, style(CellLook.result(value)));
        }
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

    /** The style of the look, made once per workbook. */
    CellStyle style(CellLook look) {
        return styles.computeIfAbsent(look, this::create);
    }

    private CellStyle create(CellLook look) {
        CellStyle style = workbook.createCellStyle();
        // every style names its font: the workbook's default font renders at another size in LibreOffice
        style.setFont(fonts.computeIfAbsent(look.font(), this::font));
        style.setWrapText(look.wrap());
        if (look.wrap()) {
            wrapping.add(style);
        }
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (look.fill() != null) {
            style.setFillForegroundColor(look.fill().getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (look.bottomBorder()) {
            style.setBorderBottom(BorderStyle.THIN);
        }
        if (look.numeric()) {
            style.setDataFormat(workbook.createDataFormat().getFormat(look.format()));
            style.setAlignment(HorizontalAlignment.LEFT);
        }
        return style;
    }

    private Font font(CellLook.Typeface typeface) {
        Font font = workbook.createFont();
        font.setFontName(CellLook.FONT_NAME);
        font.setFontHeightInPoints((short) typeface.points());
        font.setBold(typeface.bold());
        font.setItalic(typeface.italic());
        font.setColor(typeface.colour().getIndex());
        return font;
    }
}
