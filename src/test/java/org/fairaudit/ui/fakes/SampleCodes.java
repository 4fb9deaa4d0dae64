package org.fairaudit.ui.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeRef;
import org.fairaudit.domain.CodeSection;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.domain.EvidenceSource;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.Requirement;
import org.fairaudit.domain.Severity;
import org.fairaudit.domain.Topic;
import org.fairaudit.service.CodeService;

/** Two small codes and a crosswalk, close enough to the built-in templates for screens to look real. */
public final class SampleCodes implements CodeService {
    public final List<String> problems = new ArrayList<>();
    public final List<CodeOfConduct> added = new ArrayList<>();

    public static final Requirement FEES = new Requirement("FR-1",
            "No worker pays recruitment fees or related costs for getting or keeping the job.",
            "Ask migrant workers in private what they paid, to whom and when; compare with agency receipts.",
            List.of(EvidenceSource.WORKER_INTERVIEWS, EvidenceSource.DOCUMENTS), List.of("C181 Art.7"),
            List.of("recruitment-fees"), Severity.ZERO_TOLERANCE, true, ForcedLabourIndicator.DEBT_BONDAGE, true);
    public static final Requirement PASSPORTS = new Requirement("FR-2",
            "Workers keep their passports and identity documents.",
            "Look for document safes, check dormitory lockers, ask workers where their passport is.",
            List.of(EvidenceSource.OBSERVATION, EvidenceSource.WORKER_INTERVIEWS), List.of("C29", "P29"),
            List.of("identity-documents"), Severity.ZERO_TOLERANCE, true,
            ForcedLabourIndicator.RETENTION_OF_IDENTITY_DOCUMENTS, false);
    public static final Requirement CONTRACT = new Requirement("FR-3",
            "Workers receive a written contract in a language they understand before departure.",
            "", List.of(EvidenceSource.DOCUMENTS), List.of("C97 Annex I Art.5"),
            List.of("contract-language"), Severity.MAJOR, false, null, false);
    public static final Requirement HOURS = new Requirement("MS-6",
            "Working hours do not exceed 48 regular hours and 12 overtime hours a week.",
            "Compare time records with payroll and worker accounts.",
            List.of(EvidenceSource.DOCUMENTS), List.of("C1"), List.of("hours"), Severity.MAJOR, false,
            ForcedLabourIndicator.EXCESSIVE_OVERTIME, false);

    public static final CodeOfConduct FAIR_RECRUITMENT = new CodeOfConduct("fair-recruitment",
            "Fair recruitment / Employer Pays", "1.0", "FairAudit", "en", "No fees, no document retention",
            List.of(new CodeSection("fees", "Recruitment fees and costs", List.of(FEES)),
                    new CodeSection("documents", "Documents and contracts", List.of(PASSPORTS, CONTRACT))));
    public static final CodeOfConduct BASE_CODE = new CodeOfConduct("base-code", "Multi-stakeholder base code",
            "2.0", "FairAudit", "en", "Common headings", List.of(new CodeSection("hours", "Working hours",
            List.of(HOURS))));

    public static final Crosswalk CROSSWALK = new Crosswalk(List.of("ETI", "SA8000"), List.of(
            new Topic("recruitment-fees", "Recruitment fees", "rights-at-work", 4,
                    Map.of("ETI", "1 Employment is freely chosen")),
            new Topic("identity-documents", "Identity documents", "rights-at-work", 4,
                    Map.of("ETI", "1 Employment is freely chosen")),
            new Topic("hours", "Working hours", "employment", 0, Map.of("ETI", "6 Working hours are not excessive"))));

    @Override
    public List<CodeOfConduct> codes() {
        List<CodeOfConduct> all = new ArrayList<>(List.of(FAIR_RECRUITMENT, BASE_CODE));
        all.addAll(added);
        return all;
    }

    @Override
    public void add(CodeOfConduct code) {
        added.add(code);
    }

    @Override
    public Optional<CodeOfConduct> code(CodeRef ref) {
        return codes().stream().filter(c -> c.ref().equals(ref)).findFirst();
    }

    @Override
    public Crosswalk crosswalk() {
        return CROSSWALK;
    }

    @Override
    public List<String> templateProblems() {
        return List.copyOf(problems);
    }
}
