package org.fairaudit.ui.codes;

import java.util.List;

/** A requirement as the detail pane shows it: every value already turned into text for the user. */
public record RequirementDetail(
        String ref,
        String text,
        String guidance,
        String checkBy,
        String references,
        List<TopicLine> topics,
        String defaultSeverity,
        String zeroTolerance,
        String forcedLabourIndicator) {

    /** A crosswalk topic and the headings it falls under in other codes. */
    public record TopicLine(String title, String headings) {
    }
}
