package org.fairaudit.excel;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes a POI sheet top to bottom: titles, label/value pairs and table headers, one row after the other. */
final class SheetCursor implements SheetLayout<RowWriter> {
    private final Sheet sheet;
    private final ReportStyles styles;
    /** The sheet's widths, read once: POI looks each one up in the sheet's XML, for every wrapped cell. */
    private final Map<Integer, Integer> columnWidths = new HashMap<>();
    private int nextRow;

    SheetCursor(Sheet sheet, ReportStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    @Override
    public RowWriter row() {
        return new RowWriter(sheet.createRow(nextRow++), styles,
                column -> columnWidths.computeIfAbsent(column, sheet::getColumnWidth));
    }

    @Override
    public void skip(int rows) {
        nextRow += rows;
    }

    /** A highlighted remark the reader must not miss. */
    void note(String text) {
        row().text(text, styles.note);
    }

    /** Index of the row the next call writes. */
    int nextRow() {
        return nextRow;
    }
}
