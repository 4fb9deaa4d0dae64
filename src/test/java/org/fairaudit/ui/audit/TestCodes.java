package org.fairaudit.ui.audit;

import java.util.List;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeSection;
import org.fairaudit.domain.EvidenceSource;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.Requirement;
import org.fairaudit.domain.Severity;

/** A small fair-recruitment code: two sections, five requirements, one zero-tolerance forced-labour indicator. */
final class TestCodes {
    private TestCodes() {
    }

    static CodeOfConduct fairRecruitment() {
        return new CodeOfConduct("fair-recruitment", "Fair recruitment", "1.0", "FairAudit", "en", "",
                List.of(
                        new CodeSection("fees", "Recruitment fees", List.of(
                                requirement("FR-1", "No worker pays recruitment fees or related costs.", Severity.MAJOR,
                                        false, ForcedLabourIndicator.DEBT_BONDAGE),
                                requirement("FR-2", "Contracts are given before departure in a language the worker understands.",
                                        Severity.MAJOR, false, ForcedLabourIndicator.DECEPTION))),
                        new CodeSection("documents", "Identity documents and movement", List.of(
                                requirement("FR-3", "No retention of passports or identity documents.", Severity.MAJOR,
                                        true, ForcedLabourIndicator.RETENTION_OF_IDENTITY_DOCUMENTS),
                                requirement("FR-4", "Workers may resign with reasonable notice.", Severity.MINOR, false, null),
                                requirement("FR-5", "Workers may leave the dormitory freely outside working hours.",
                                        Severity.MINOR, false, ForcedLabourIndicator.RESTRICTION_OF_MOVEMENT)))));
    }

    private static Requirement requirement(String ref, String text, Severity severity, boolean zeroTolerance,
                                           ForcedLabourIndicator indicator) {
        return new Requirement(ref, text, "Check contracts and payroll; interview migrant workers privately.",
                List.of(EvidenceSource.DOCUMENTS, EvidenceSource.WORKER_INTERVIEWS), List.of("C181 Art.7", "C029"),
                List.of("recruitment-fees"), severity, zeroTolerance, indicator, false);
    }
}
