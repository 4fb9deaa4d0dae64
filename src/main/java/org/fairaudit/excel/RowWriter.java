package org.fairaudit.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.OptionalDouble;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Fills one row from left to right. Every value of the report goes through here, so that user text is
 * always a text cell ({@code setCellValue(String)} never makes a formula, even for "=HYPERLINK(...)")
 * and dates are real date cells.
 */
final class RowWriter {
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

    private final Row row;
    private final ReportStyles styles;
    /** Column widths in 1/256 of a character, as the sheet has them. */
    private final IntUnaryOperator columnWidths;
    private int column;
    private int lines = 1;

    RowWriter(Row row, ReportStyles styles, IntUnaryOperator columnWidths) {
        this.row = row;
        this.styles = styles;
        this.columnWidths = columnWidths;
    }

    RowWriter text(String value) {
        return text(value, styles.text);
    }

    RowWriter text(String value, CellStyle style) {
        Cell cell = next(style);
        if (value != null && !value.isEmpty()) {
            String text = fit(value);
            cell.setCellValue(text);
            if (styles.wraps(style)) {
                growToFit(text, cell.getColumnIndex());
            }
        }
        return this;
    }

    /** A count; {@code null} (unknown) leaves the cell blank. */
    RowWriter number(Integer value) {
        Cell cell = next(styles.integer);
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    /** A percentage from 0 to 100, stored as a fraction with a percent format; empty leaves the cell blank. */
    RowWriter percent(OptionalDouble percent) {
        Cell cell = next(styles.percent);
        percent.ifPresent(value -> cell.setCellValue(value / 100));
        return this;
    }

    /** An exact decimal (money, months) in the given numeric style; {@code null} leaves the cell blank. */
    RowWriter decimal(BigDecimal value, CellStyle style) {
        Cell cell = next(style);
        if (value != null) {
            // a cell holds a double: exact for the 2-decimal amounts and 1-decimal months written here
            cell.setCellValue(value.doubleValue());
        }
        return this;
    }

    RowWriter date(LocalDate value) {
        Cell cell = next(styles.date);
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    RowWriter dateTime(LocalDateTime value) {
        next(styles.dateTime).setCellValue(value);
        return this;
    }

    private Cell next(CellStyle style) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(style);
        return cell;
    }

    /**
     * Neither Excel nor LibreOffice reliably grows a row for wrapped text when opening a file, so the height
     * is set from an estimate of the lines the text needs at the column's width.
     */
    private void growToFit(String text, int columnIndex) {
        double charactersPerLine = Math.max(1, columnWidths.applyAsInt(columnIndex) / 256.0
                * CHARACTERS_PER_WIDTH_UNIT);
        int needed = 0;
        for (String paragraph : text.split("\n", -1)) {
            needed += Math.max(1, (int) Math.ceil(paragraph.length() / charactersPerLine));
        }
        if (needed > lines) {
            lines = needed;
            row.setHeightInPoints(Math.min(MAX_ROW_HEIGHT_POINTS, lines * ReportStyles.LINE_HEIGHT_POINTS));
        }
    }

    private static String fit(String value) {
        String clean = isXml(value) ? value : NOT_XML.matcher(value).replaceAll("");
        return clean.length() <= MAX_TEXT_LENGTH ? clean : clean.substring(0, MAX_TEXT_LENGTH - 1) + "\u2026";
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
