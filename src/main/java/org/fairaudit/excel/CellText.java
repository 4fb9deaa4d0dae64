package org.fairaudit.excel;

import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;

/**
 * The rules for text in a cell, whichever library writes it: only characters XML can carry, at most Excel's length,
 * and the row height wrapped text needs.
 */
final class CellText {
    private static final int MAX_TEXT_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** Characters XML 1.0 cannot carry; left in, they make the file unreadable for Excel. */
    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
    /**
     * Column widths count the width of a digit; average text is a little narrower, and word wrapping
     * wastes some of each line, which this factor also absorbs.
     */
    private static final double CHARACTERS_PER_WIDTH_UNIT = 1.15;
    /** Excel's limit; a taller row makes it report the file as damaged. */
    private static final float MAX_ROW_HEIGHT_POINTS = 409;

    private CellText() {
    }

    /** The value without characters XML cannot carry, cut to Excel's maximum length. */
    static String fit(String value) {
        String clean = isXml(value) ? value : NOT_XML.matcher(value).replaceAll("");
        return clean.length() <= MAX_TEXT_LENGTH ? clean : clean.substring(0, MAX_TEXT_LENGTH - 1) + "\u2026";
    }

    /**
     * Lines the text needs when wrapped in a column {@code width} characters wide. Neither Excel nor LibreOffice
     * reliably grows a row for wrapped text when opening a file, so writers set the height from this estimate.
     */
    static int lines(String text, double width) {
        double charactersPerLine = Math.max(1, width * CHARACTERS_PER_WIDTH_UNIT);
        int needed = 0;
        int start = 0;
        for (int end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
            int length = (end < 0 ? text.length() : end) - start;
            needed += Math.max(1, (int) Math.ceil(length / charactersPerLine));
            if (end < 0) {
                return needed;
            }
            start = end + 1;
        }
    }

    /** Height of a row of that many lines of the body font, within Excel's limit. */
    static float rowHeightPoints(int lines) {
        return Math.min(MAX_ROW_HEIGHT_POINTS, lines * ReportStyles.LINE_HEIGHT_POINTS);
    }

    /** The common case without a regular expression: no control character (other than tab and line breaks). */
    private static boolean isXml(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= '\uFFFE') {
                return false;
            }
        }
        return true;
    }
}
