package org.fairaudit.service;

import java.util.List;
import java.util.Map;

/**
 * What a CAP sheet holds: its readable rows, and the cells it refused (formulas, non-dates, unknown statuses...).
 *
 * @param idColumn       column letters of the hidden finding id column
 * @param actionIdColumn column letters of the hidden action id column
 * @param columns        column letters of every editable field present in the sheet
 */
public record CapSheet(String file, String sheet, String idColumn, String actionIdColumn,
                       Map<CapField, String> columns, List<CapRow> rows, List<ImportProblem> problems) {
    public CapSheet {
        columns = Map.copyOf(columns);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}
