package org.fairaudit.service;

import java.util.List;

/**
 * One page of the findings list and the number of findings matching the filter, so that a table can show the
 * count and load the next page as the user scrolls.
 */
public record FindingPage(List<FindingRow> rows, int offset, int total) {
    /** Rows a list loads at a time: a few screens of a table, small enough to answer within a keystroke. */
    public static final int DEFAULT_SIZE = 200;

    public FindingPage {
        rows = List.copyOf(rows);
    }

    /** Whether findings past this page match the filter. */
    public boolean hasMore() {
        return offset + rows.size() < total;
    }
}
