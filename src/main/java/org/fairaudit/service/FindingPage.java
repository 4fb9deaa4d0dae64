package org.fairaudit.service;

import java.util.List;

/**
 * One page of the findings list and whether findings past it match the filter, so that a table can load the next
 * page as the user scrolls. The number of matches comes from {@link FindingService#count}, which may take longer.
 */
public record FindingPage(List<FindingRow> rows, int offset, boolean hasMore) {
    /** Rows a list loads at a time: a few screens of a table, small enough to answer within a keystroke. */
    public static final int DEFAULT_SIZE = 200;

    public FindingPage {
        rows = List.copyOf(rows);
    }
}
