package org.fairaudit.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

/** Column name → value in insertion order; unlike {@code Map.of} it keeps {@code null} values (SQL NULL). */
final class Columns {
    private Columns() {
    }

    static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Columns come in name, value pairs");
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            columns.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return columns;
    }
}
