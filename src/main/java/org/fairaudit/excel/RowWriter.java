package org.fairaudit.excel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.OptionalDouble;
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

    private final Row row;
    private final ReportStyles styles;
    private int column;

    RowWriter(Row row, ReportStyles styles) {
        this.row = row;
        this.styles = styles;
    }

    RowWriter text(String value) {
        return text(value, styles.text);
    }

    RowWriter text(String value, CellStyle style) {
        Cell cell = next(style);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(fit(value));
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

    private static String fit(String value) {
        String clean = NOT_XML.matcher(value).replaceAll("");
        return clean.length() <= MAX_TEXT_LENGTH ? clean : clean.substring(0, MAX_TEXT_LENGTH - 1) + "\u2026";
    }
}
