package org.fairaudit.service;

import org.fairaudit.i18n.Messages;

/**
 * Why an imported file, or one cell of it, was refused: where (file, sheet, row, column) and why.
 *
 * @param sheet  the sheet's name; empty when the problem concerns the whole file
 * @param row    1-based row as the spreadsheet program numbers it; 0 when not about one row
 * @param column column letters ("H"); empty when not about one cell
 */
public record ImportProblem(String file, String sheet, int row, String column, String message) {

    /** Reads like "cap.xlsx, sheet 'Findings & CAP', row 12, column P: ...". */
    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (!sheet.isEmpty()) {
            where.append(", ").append(Messages.get("sheets.where.sheet", sheet));
        }
        if (row > 0) {
            where.append(", ").append(Messages.get("sheets.where.row", row));
        }
        if (!column.isEmpty()) {
            where.append(", ").append(Messages.get("sheets.where.column", column));
        }
        return where + ": " + message;
    }
}
