package org.fairaudit.excel;

import java.util.List;
import java.util.Optional;

/** A row with at least one non-blank cell; {@code number} is 1-based, as spreadsheet programs show it. */
public record SheetRow(int number, List<SheetCell> cells) {
    public SheetRow {
        cells = List.copyOf(cells);
    }

    public Optional<SheetCell> cell(int column) {
        for (SheetCell cell : cells) {
            if (cell.column() == column) {
                return Optional.of(cell);
            }
        }
        return Optional.empty();
    }
}
