package org.fairaudit.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.OptionalDouble;
import java.util.function.IntUnaryOperator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Fills one row from left to right. Every value of the report goes through here, so that user text is
 * always a text cell ({@code setCellValue(String)} never makes a formula, even for "=HYPERLINK(...)")
 * and dates are real date cells.
 */
final class RowWriter implements SheetLayout.Line<RowWriter> {
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

    @Override
    public RowWriter text(String value, CellLook look) {
        return text(value, styles.style(look));
    }

    RowWriter text(String value, CellStyle style) {
        Cell cell = next(style);
        if (value != null && !value.isEmpty()) {
            String text = CellText.fit(value);
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

    /** Grows the row to the lines the text needs at the column's width (see {@link CellText#lines}). */
    private void growToFit(String text, int columnIndex) {
        int needed = CellText.lines(text, columnWidths.applyAsInt(columnIndex) / 256.0);
        if (needed > lines) {
            lines = needed;
            row.setHeightInPoints(CellText.rowHeightPoints(lines));
        }
    }
}
