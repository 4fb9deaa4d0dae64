package org.fairaudit.service;

/**
 * What an import did with each record: {@code refused} counts records of a kind this installation does not know,
 * or whose id is used by a record of another kind here.
 */
public record ImportSummary(int inserted, int updated, int unchanged, int conflicts, int refused) {
}
