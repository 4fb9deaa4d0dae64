package org.fairaudit.codes;

import java.util.Map;

/**
 * One row of a code-of-conduct sheet: its 1-based number and its non-blank values by column name
 * ({@link CodeSheetTemplate#COLUMNS}); lists are separated by {@code ;} or line breaks.
 */
public record CodeSheetRow(int row, Map<String, String> values) {
    public CodeSheetRow {
        values = Map.copyOf(values);
    }
}
