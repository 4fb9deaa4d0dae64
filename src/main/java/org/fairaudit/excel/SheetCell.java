package org.fairaudit.excel;

import java.time.LocalDate;

/**
 * One non-blank cell as read from the file.
 *
 * @param address A1 address, e.g. {@code P12}
 * @param column  0-based column index
 * @param text    the text, number, boolean or error as written; for a formula its cached result
 * @param date    the date of a {@link CellKind#DATE} cell (a number with a date style, or an ISO date cell); else null
 */
public record SheetCell(String address, int column, CellKind kind, String text, LocalDate date) {

    /** The column letters of the address: "P" of "P12". */
    public String columnName() {
        return address.replaceAll("\\d", "");
    }
}
