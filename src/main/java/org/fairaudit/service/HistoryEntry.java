package org.fairaudit.service;

import java.time.Instant;
import java.util.List;

/**
 * One change-log entry of a record, as a person reads it: when, who, what kind of change, which fields went from
 * what to what.
 *
 * @param author     the profile's name, or empty when the change was made before any profile existed
 * @param entityType the record's kind (the change log's entity type, e.g. {@code supplier}, {@code response})
 */
public record HistoryEntry(long seq, Instant changedAt, String author, String entityType, String operation,
                           List<FieldChange> changes) {

    /** One field of the record; {@code before} is empty for an insert and {@code after} for a delete. */
    public record FieldChange(String field, String before, String after) {
    }
}
