package org.fairaudit.domain;

import java.util.List;

/** Small codes of conduct for domain tests. */
final class TestCodes {
    private TestCodes() {
    }

    static Requirement requirement(String ref) {
        return new Requirement(ref, "Text of " + ref, "Check documents", List.of(EvidenceSource.DOCUMENTS),
                List.of("C29"), List.of("hours"), Severity.MAJOR, false, null, false);
    }

    static Requirement indicator(String ref, ForcedLabourIndicator indicator, boolean strong) {
        return new Requirement(ref, "Indicator " + ref, "", List.of(EvidenceSource.WORKER_INTERVIEWS),
                List.of("C29"), List.of("freedom-of-movement"), Severity.MAJOR, false, indicator, strong);
    }

    /** A code with {@code perSection[i]} requirements in section i, … */
    static CodeOfConduct code(String id, int... perSection) {
        List<CodeSection> sections = new java.util.ArrayList<>();
        int ref = 1;
        for (int s = 0; s < perSection.length; s++) {
            List<Requirement> requirements = new java.util.ArrayList<>();
            for (int r = 0; r < perSection[s]; r++) {
                requirements.add(requirement("X-" + ref++));
            }
            sections.add(new CodeSection("s" + (s + 1), "Section " + (s + 1), requirements));
        }
        return new CodeOfConduct(id, "Code " + id, "1.0", "FairAudit project", "en", "", sections);
    }
}
