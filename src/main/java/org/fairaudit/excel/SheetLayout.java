package org.fairaudit.excel;

import java.util.List;

/**
 * A sheet written top to bottom in lines: titles, headings, label/value pairs, explanations and table headers, in
 * the report's looks, whichever library writes the cells ({@link SheetCursor} for POI, {@link FastSheet} for
 * fastexcel).
 */
interface SheetLayout<R extends SheetLayout.Line<R>> {
    /** One row being filled from left to right. */
    interface Line<R> {
        R text(String value, CellLook look);
    }

    R row();

    void skip(int rows);

    default void title(String text) {
        row().text(text, CellLook.TITLE);
    }

    default void heading(String text) {
        skip(1);
        row().text(text, CellLook.HEADING);
    }

    /** A line of explanation. */
    default void line(String text) {
        row().text(text, CellLook.LINE);
    }

    /** A row starting with a bold label; the caller adds the value(s). */
    default R pair(String label) {
        return row().text(label, CellLook.LABEL);
    }

    default void header(List<String> labels) {
        R row = row();
        labels.forEach(label -> row.text(label, CellLook.HEADER));
    }
}
