package org.fairaudit.excel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dhatim.fastexcel.Worksheet;

/**
 * Fills one row of a {@link FastSheet} from left to right, by the rules of the audit report's {@link RowWriter}:
 * user text is always an inline text cell (never a formula, even for "=HYPERLINK(...)", and no shared-strings
 * table growing with the portfolio), dates are real date cells, an empty value leaves a blank cell with its look.
 */
final class FastRow implements SheetLayout.Line<FastRow> {
    private final FastSheet sheet;
    private final Worksheet cells;
    private final int row;
    private int column;
    private int lines = 1;

    FastRow(FastSheet sheet, int row) {
        this.sheet = sheet;
        this.cells = sheet.worksheet();
        this.row = row;
    }

    FastRow text(String value) {
        return text(value, CellLook.TEXT);
    }

    @Override
    public FastRow text(String value, CellLook look) {
        int at = next(look);
        if (value != null && !value.isEmpty()) {
            String text = CellText.fit(value);
            cells.inlineString(row, at, text);
            if (look.wrap()) {
                growToFit(text, at);
            }
        }
        return this;
    }

    /** A count; {@code null} (unknown) leaves the cell blank. */
    FastRow number(Integer value) {
        int at = next(CellLook.INTEGER);
        if (value != null) {
            cells.value(row, at, value);
        }
        return this;
    }

    FastRow date(LocalDate value) {
        int at = next(CellLook.DATE);
        if (value != null) {
            cells.value(row, at, value);
        }
        return this;
    }

    FastRow dateTime(LocalDateTime value) {
        cells.value(row, next(CellLook.DATE_TIME), value);
        return this;
    }

    private int next(CellLook look) {
        sheet.look(row, column, look);
        return column++;
    }

    private void growToFit(String text, int at) {
        int needed = CellText.lines(text, sheet.width(at));
        if (needed > lines) {
            lines = needed;
            cells.rowHeight(row, CellText.rowHeightPoints(lines));
        }
    }
}
