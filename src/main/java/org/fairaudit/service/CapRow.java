package org.fairaudit.service;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * One row of a CAP sheet whose cells were all readable: the ids and the editable values it holds.
 *
 * @param actionId {@code null} on the row of a finding without actions
 * @param values   every editable column present in the sheet: a status enum, a String or a LocalDate, or
 *                 {@code null} for a blank cell
 */
public record CapRow(int row, UUID findingId, UUID actionId, Map<CapField, Object> values) {
    public CapRow {
        values = Collections.unmodifiableMap(new EnumMap<>(values));
    }
}
