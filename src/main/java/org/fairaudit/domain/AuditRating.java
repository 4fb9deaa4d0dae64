package org.fairaudit.domain;

import java.util.List;
import java.util.Optional;

/**
 * The rating of an audit (DESIGN.md §5).
 *
 * @param grade                  overall grade; empty when nothing was assessed and no zero-tolerance finding is open
 * @param zeroToleranceOverride  an open zero-tolerance finding forced the grade to E
 * @param incomplete             under 90 % of applicable requirements were assessed
 */
public record AuditRating(
        List<SectionScore> sections,
        List<CodeScore> codes,
        Score overall,
        Optional<Grade> grade,
        boolean zeroToleranceOverride,
        boolean incomplete,
        ForcedLabourRisk forcedLabourRisk) {

    public AuditRating {
        sections = List.copyOf(sections);
        codes = List.copyOf(codes);
    }
}
