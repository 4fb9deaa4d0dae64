package org.fairaudit.excel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes a sheet top to bottom: titles, label/value pairs and table headers, one row after the other. */
final class SheetCursor {
    private final Sheet sheet;
    private final ReportStyles styles;
    /** The sheet's widths, read once: POI looks each one up in the sheet's XML, for every wrapped cell. */
    private final Map<Integer, Integer> columnWidths = new HashMap<>();
    private int nextRow;

    SheetCursor(Sheet sheet, ReportStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    RowWriter row() {
        return new RowWriter(sheet.createRow(nextRow++), styles,
                column -> columnWidths.computeIfAbsent(column, sheet::getColumnWidth));
    }

    void skip(int rows) {
        nextRow += rows;
    }

    void title(String text) {
        row().text(text, styles.title);
    }

    void heading(String text) {
        skip(1);
        row().text(text, styles.heading);
    }

    /** A highlighted remark the reader must not miss. */
    void note(String text) {
        row().text(text, styles.note);
    }

    /** A line of explanation. */
    void line(String text) {
        row().text(text, styles.line);
    }

    /** A row starting with a bold label; the caller adds the value(s). */
    RowWriter pair(String label) {
        return row().text(label, styles.label);
    }

    void header(List<String> labels) {
        RowWriter row = row();
        labels.forEach(label -> row.text(label, styles.header));
    }

    /** Index of the row the next call writes. */
    int nextRow() {
        return nextRow;
    }
}
