package org.fairaudit.service;

/**
 * One field that an import changes, for the preview: {@code field: before → after}.
 *
 * @param record the finding or action, as a short id the user can find in the sheet's hidden id columns
 */
public record CapChange(int row, String record, CapField field, String before, String after) {
}
