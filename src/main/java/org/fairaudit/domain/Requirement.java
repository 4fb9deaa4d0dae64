package org.fairaudit.domain;

import java.util.List;
import java.util.Objects;

/**
 * One checkable requirement of a code of conduct.
 *
 * @param ref             stable reference within the code, e.g. {@code FL-3}
 * @param checkBy         where to look for evidence
 * @param references      ILO / UN instruments and articles, e.g. {@code C181 Art.7}
 * @param topics          crosswalk topic ids (DESIGN.md §4)
 * @param indicator       the forced-labour indicator this requirement tests, or {@code null}
 * @param strongIndicator the template marks this indicator as strong evidence of forced labour on its own
 */
public record Requirement(
        String ref,
        String text,
        String guidance,
        List<EvidenceSource> checkBy,
        List<String> references,
        List<String> topics,
        Severity defaultSeverity,
        boolean zeroTolerance,
        ForcedLabourIndicator indicator,
        boolean strongIndicator) {

    public Requirement {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        guidance = guidance == null ? "" : guidance;
        checkBy = List.copyOf(checkBy);
        references = List.copyOf(references);
        topics = List.copyOf(topics);
    }
}
