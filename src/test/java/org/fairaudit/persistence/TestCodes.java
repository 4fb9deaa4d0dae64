package org.fairaudit.persistence;

import java.util.List;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeSection;
import org.fairaudit.domain.EvidenceSource;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.Requirement;
import org.fairaudit.domain.Severity;

/** Small codes built in code: a fair-recruitment code and a forced-labour indicator module. */
final class TestCodes {
    static final CodeOfConduct RECRUITMENT = new CodeOfConduct("fair-recruitment", "Fair recruitment", "1.0",
            "FairAudit", "en", "No fees, no document retention", List.of(
            new CodeSection("fees", "Recruitment fees", List.of(
                    requirement("FR-1", "No worker pays recruitment fees", Severity.MAJOR, null, false),
                    requirement("FR-2", "Fees paid are repaid", Severity.MAJOR, null, false))),
            new CodeSection("documents", "Identity documents", List.of(
                    requirement("FR-3", "Workers keep their passports", Severity.ZERO_TOLERANCE,
                            ForcedLabourIndicator.RETENTION_OF_IDENTITY_DOCUMENTS, false)))));

    static final CodeOfConduct RECRUITMENT_V2 = new CodeOfConduct("fair-recruitment", "Fair recruitment", "1.10",
            "FairAudit", "en", "Adds contracts", List.of(
            new CodeSection("fees", "Recruitment fees", List.of(
                    requirement("FR-1", "No worker pays recruitment fees", Severity.MAJOR, null, false))),
            new CodeSection("contracts", "Contracts", List.of(
                    requirement("FR-4", "Contract in a language the worker understands", Severity.MINOR, null,
                            false)))));

    static final CodeOfConduct INDICATORS = new CodeOfConduct("ilo-fl", "ILO forced-labour indicators", "2024.1",
            "ILO", "en", null, List.of(
            new CodeSection("indicators", "Indicators", List.of(
                    requirement("FL-1", "No debt bondage", Severity.ZERO_TOLERANCE,
                            ForcedLabourIndicator.DEBT_BONDAGE, true),
                    requirement("FL-2", "No excessive overtime", Severity.MAJOR,
                            ForcedLabourIndicator.EXCESSIVE_OVERTIME, false)))));

    static final List<CodeOfConduct> ALL = List.of(RECRUITMENT, INDICATORS);

    private TestCodes() {
    }

    private static Requirement requirement(String ref, String text, Severity severity,
                                           ForcedLabourIndicator indicator, boolean strong) {
        return new Requirement(ref, text, "Check payroll and interview workers",
                List.of(EvidenceSource.DOCUMENTS, EvidenceSource.WORKER_INTERVIEWS),
                List.of("C181 Art.7", "C029"), List.of("recruitment-fees"), severity,
                severity == Severity.ZERO_TOLERANCE, indicator, strong);
    }
}
