package org.fairaudit.excel;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.fairaudit.domain.ResponseResult;
import org.fairaudit.domain.Severity;

/**
 * How a cell of a report looks, whichever library writes it: POI for the audit report ({@link ReportStyles}),
 * fastexcel for the portfolio ({@link FastSheet}). Every look is top-aligned in Calibri; a look with a number
 * format is left-aligned, so that a number or date stands next to its label.
 *
 * @param fill   background colour, {@code null} for none
 * @param format number format, {@code null} for text
 */
record CellLook(Typeface font, boolean wrap, IndexedColors fill, boolean bottomBorder, String format) {
    static final String FONT_NAME = "Calibri";

    record Typeface(int points, boolean bold, boolean italic, IndexedColors colour) {
    }

    private static final Typeface REGULAR = new Typeface(11, false, false, IndexedColors.BLACK);
    private static final Typeface BOLD = new Typeface(11, true, false, IndexedColors.BLACK);
    private static final Typeface BOLD_WHITE = new Typeface(11, true, false, IndexedColors.WHITE);

    static final CellLook TEXT = plain(REGULAR, true);
    static final CellLook HEADER = new CellLook(BOLD, true, IndexedColors.GREY_25_PERCENT, true, null);
    static final CellLook TITLE = plain(new Typeface(14, true, false, IndexedColors.BLACK), false);
    static final CellLook HEADING = new CellLook(new Typeface(12, true, false, IndexedColors.DARK_BLUE), false, null,
            true, null);
    static final CellLook LABEL = plain(BOLD, true);
    /** Notes and explanation lines do not wrap: they run on over the empty cells to their right. */
    static final CellLook NOTE = plain(new Typeface(11, true, true, IndexedColors.DARK_RED), false);
    static final CellLook LINE = plain(REGULAR, false);
    static final CellLook OVERDUE = plain(new Typeface(11, true, false, IndexedColors.DARK_RED), true);
    static final CellLook INTEGER = numeric("0");
    static final CellLook PERCENT = numeric("0.0%");
    static final CellLook MONEY = numeric("#,##0.00");
    static final CellLook MONTHS = numeric("0.0");
    static final CellLook DATE = numeric("yyyy-mm-dd");
    static final CellLook DATE_TIME = numeric("yyyy-mm-dd hh:mm");

    private static final Map<Severity, CellLook> SEVERITY = new EnumMap<>(Map.of(
            Severity.ZERO_TOLERANCE, filled(BOLD_WHITE, IndexedColors.DARK_RED),
            Severity.MAJOR, filled(REGULAR, IndexedColors.CORAL),
            Severity.MINOR, filled(REGULAR, IndexedColors.LIGHT_YELLOW),
            Severity.OBSERVATION, filled(REGULAR, IndexedColors.LIGHT_TURQUOISE),
            Severity.GOOD_PRACTICE, filled(REGULAR, IndexedColors.LIGHT_GREEN)));
    private static final Map<ResponseResult, CellLook> RESULT = new EnumMap<>(Map.of(
            ResponseResult.COMPLIANT, filled(REGULAR, IndexedColors.LIGHT_GREEN),
            ResponseResult.NON_COMPLIANT, filled(REGULAR, IndexedColors.CORAL),
            ResponseResult.OBSERVATION, filled(REGULAR, IndexedColors.LIGHT_YELLOW),
            ResponseResult.NOT_APPLICABLE, TEXT,
            ResponseResult.NOT_ASSESSED, filled(REGULAR, IndexedColors.GREY_25_PERCENT)));

    static CellLook severity(Severity level) {
        return SEVERITY.get(level);
    }

    static CellLook result(ResponseResult value) {
        return RESULT.get(value);
    }

    boolean numeric() {
        return format != null;
    }

    private static CellLook plain(Typeface font, boolean wrap) {
        return new CellLook(font, wrap, null, false, null);
    }

    private static CellLook filled(Typeface font, IndexedColors fill) {
        return new CellLook(font, true, fill, false, null);
    }

    private static CellLook numeric(String format) {
        return new CellLook(REGULAR, false, null, false, format);
    }
}
