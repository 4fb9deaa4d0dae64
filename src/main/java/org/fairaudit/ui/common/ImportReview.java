package org.fairaudit.ui.common;

import java.util.List;

/**
 * What an import would do, ready to show: one line per change (or per fact about the imported code), one line
 * per refused row naming file, sheet, row and column, and whether it may be applied.
 */
public record ImportReview(String title, List<String> lines, List<String> rejected, boolean canApply) {
    public ImportReview {
        lines = List.copyOf(lines);
        rejected = List.copyOf(rejected);
    }
}
