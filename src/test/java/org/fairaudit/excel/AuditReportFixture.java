package org.fairaudit.excel;

import static org.fairaudit.domain.EvidenceSource.DOCUMENTS;
import static org.fairaudit.domain.EvidenceSource.MANAGEMENT_INTERVIEWS;
import static org.fairaudit.domain.EvidenceSource.OBSERVATION;
import static org.fairaudit.domain.EvidenceSource.WORKER_INTERVIEWS;

import java.time.Instant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.Announcement;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.AuditRater;
import org.fairaudit.domain.AuditReport;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.AuditType;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeSection;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.domain.EvidenceSource;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.FindingWithActions;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.InterviewCounts;
import org.fairaudit.domain.MigrantGroup;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.FeeCategory;
import org.fairaudit.domain.RecruitmentAgency;
import org.fairaudit.domain.RecruitmentFee;
import org.fairaudit.domain.Requirement;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Response;
import org.fairaudit.domain.ResponseResult;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Scope;
import org.fairaudit.domain.Severity;
import org.fairaudit.domain.Supplier;
import org.fairaudit.domain.Topic;
import org.fairaudit.domain.WorkforceProfile;

/**
 * A realistic small audit: two codes (six and three requirements), responses of every result, findings of
 * every severity with an overdue action, a forced-labour indicator, formula-looking text and confidential
 * notes and pseudonyms. Ids are fixed so that two builds are equal data.
 */
final class AuditReportFixture {
    static final Instant GENERATED_AT = Instant.parse("2026-03-20T10:15:00Z");
    static final LocalDate REPORT_DATE = LocalDate.of(2026, 3, 20);
    static final String INTERVIEW_NOTE = "SECRET-NOTE: W-017 says the agent in Yangon took 2,800 USD";
    static final String PSEUDONYMS = "SECRET-PSEUDONYMS W-017, W-023";
    static final String FORMULA_DESCRIPTION = "=HYPERLINK(\"http://example.org/x\",\"Open evidence\")";
    static final int REQUIREMENT_COUNT = 9;

    static final UUID SUPPLIER_ID = id(1);
    static final UUID AUDIT_ID = id(2);
    static final UUID ZERO_TOLERANCE_FINDING = id(100);
    static final UUID OVERDUE_ACTION = id(200);

    private AuditReportFixture() {
    }

    static AuditReport report() {
        return report(GENERATED_AT, findings());
    }

    /** The fixture with {@code count} extra major findings, one corrective action each. */
    static AuditReport withManyFindings(int count) {
        List<FindingWithActions> findings = new ArrayList<>(findings());
        for (int i = 0; i < count; i++) {
            Finding finding = finding(id(10_000 + i), "baseline", "BL-4", Severity.MAJOR,
                    "Overtime above 60 hours a week in line " + i + " without voluntary consent", FindingStatus.OPEN,
                    Set.of(ForcedLabourIndicator.EXCESSIVE_OVERTIME));
            findings.add(new FindingWithActions(finding, List.of(action(id(20_000_000 + i), finding.id(),
                    "Cap weekly hours at 60 and record consent", REPORT_DATE.plusDays(i % 60 - 20),
                    ActionStatus.OPEN))));
        }
        return report(GENERATED_AT, findings);
    }

    /** The fixture with one finding changed. */
    static AuditReport withFinding(int index, UnaryOperator<Finding> change) {
        List<FindingWithActions> findings = new ArrayList<>(findings());
        FindingWithActions entry = findings.get(index);
        findings.set(index, new FindingWithActions(change.apply(entry.finding()), entry.actions()));
        return report(GENERATED_AT, findings);
    }

    static AuditReport report(Instant generatedAt, List<FindingWithActions> findings) {
        List<CodeOfConduct> codes = List.of(baselineCode(), indicatorCode());
        List<Response> responses = responses();
        Map<RequirementKey, ResponseResult> results = new LinkedHashMap<>();
        responses.forEach(r -> results.put(r.requirement(), r.result()));
        return new AuditReport(supplier(), workforce(), agencies(), fees(), audit(), codes, responses, findings,
                AuditRater.rate(codes, results, findings.stream().map(FindingWithActions::finding).toList()),
                crosswalk(), new Profile(id(9), "Amina Rahman", Role.AUDITOR), generatedAt, "0.1.0-test");
    }

    static CodeOfConduct baselineCode() {
        return new CodeOfConduct("baseline", "Rights-based migration baseline", "1.2", "FairAudit", "en",
                "ILO instruments of rights-based migration as checkable requirements", List.of(
                new CodeSection("EFC", "Employment freely chosen", List.of(
                        requirement("BL-1", "No worker pays recruitment fees or related costs",
                                List.of("C181 Art.7", "C29"), List.of("recruitment-fees"), Severity.MAJOR,
                                false, ForcedLabourIndicator.DEBT_BONDAGE),
                        requirement("BL-2", "Workers keep their passports and identity documents",
                                List.of("C29", "UN MWC Art.21"), List.of("identity-documents", "freedom-of-movement"),
                                Severity.ZERO_TOLERANCE, true, ForcedLabourIndicator.RETENTION_OF_IDENTITY_DOCUMENTS),
                        requirement("BL-3", "Contracts are given before departure in a language the worker understands",
                                List.of("C97 Annex I"), List.of("contract-language"), Severity.MINOR, false, null))),
                new CodeSection("WH", "Wages, hours and housing", List.of(
                        requirement("BL-4", "Wages are paid in full, directly and on time",
                                List.of("C95"), List.of("wage-payment-deductions"), Severity.MAJOR, false, null),
                        requirement("BL-5", "Working hours respect the legal limit and overtime is voluntary",
                                List.of("C1"), List.of("hours"), Severity.MAJOR, false,
                                ForcedLabourIndicator.EXCESSIVE_OVERTIME),
                        requirement("BL-6", "Employer-provided housing is safe and decent",
                                List.of("C97 Art.6"), List.of("accommodation"), Severity.MINOR, false, null)))));
    }

    static CodeOfConduct indicatorCode() {
        return new CodeOfConduct("fl-indicators", "ILO forced-labour indicators", "1.0", "FairAudit", "en",
                "The eleven ILO indicators of forced labour", List.of(
                new CodeSection("IND", "Indicators", List.of(
                        requirement("FL-1", "No deception about the nature of work or wages",
                                List.of("C29"), List.of("recruitment-fees"), Severity.MAJOR, false,
                                ForcedLabourIndicator.DECEPTION),
                        requirement("FL-2", "Workers can leave the workplace and housing freely",
                                List.of("C29", "C105"), List.of("freedom-of-movement"), Severity.ZERO_TOLERANCE, true,
                                ForcedLabourIndicator.RESTRICTION_OF_MOVEMENT),
                        requirement("FL-3", "Workers are not isolated", List.of("C29"), List.of(), Severity.MAJOR,
                                false, ForcedLabourIndicator.ISOLATION)))));
    }

    private static Requirement requirement(String ref, String text, List<String> references, List<String> topics,
            Severity severity, boolean zeroTolerance, ForcedLabourIndicator indicator) {
        return new Requirement(ref, text, "Check documents and interview workers",
                List.of(DOCUMENTS, WORKER_INTERVIEWS), references, topics, severity, zeroTolerance, indicator,
                indicator == ForcedLabourIndicator.RETENTION_OF_IDENTITY_DOCUMENTS);
    }

    /** Every result once; FL-3 has no response at all (counts as not assessed). */
    private static List<Response> responses() {
        return List.of(
                response(11, "baseline", "BL-1", ResponseResult.NON_COMPLIANT,
                        Set.of(WORKER_INTERVIEWS, DOCUMENTS), "Fee receipts of 2,800 USD seen for 12 workers",
                        INTERVIEW_NOTE),
                response(12, "baseline", "BL-2", ResponseResult.NON_COMPLIANT, Set.of(OBSERVATION, DOCUMENTS),
                        "Passports kept in the HR safe; workers need a form to get them back", ""),
                response(13, "baseline", "BL-3", ResponseResult.OBSERVATION, Set.of(DOCUMENTS),
                        "Contracts in Burmese, signed on arrival", ""),
                response(14, "baseline", "BL-4", ResponseResult.COMPLIANT, Set.of(DOCUMENTS), "Bank transfers", ""),
                response(15, "baseline", "BL-5", ResponseResult.COMPLIANT,
                        Set.of(DOCUMENTS, MANAGEMENT_INTERVIEWS), "", ""),
                response(16, "baseline", "BL-6", ResponseResult.NOT_APPLICABLE, Set.of(),
                        "No employer housing", ""),
                response(17, "fl-indicators", "FL-1", ResponseResult.COMPLIANT, Set.of(WORKER_INTERVIEWS), "", ""),
                response(18, "fl-indicators", "FL-2", ResponseResult.NOT_ASSESSED, Set.of(), "", ""));
    }

    private static Response response(int id, String code, String ref, ResponseResult result,
            Set<EvidenceSource> evidence, String notes, String interviewNotes) {
        return new Response(id(id), AUDIT_ID, new RequirementKey(code, ref), result, evidence, notes,
                interviewNotes, 1);
    }

    private static List<FindingWithActions> findings() {
        Finding passports = withPseudonyms(finding(ZERO_TOLERANCE_FINDING, "baseline", "BL-2",
                Severity.ZERO_TOLERANCE, "Passports of 41 migrant workers held by HR", FindingStatus.OPEN,
                Set.of(ForcedLabourIndicator.RETENTION_OF_IDENTITY_DOCUMENTS)), PSEUDONYMS);
        Finding fees = finding(id(101), "baseline", "BL-1", Severity.MAJOR, FORMULA_DESCRIPTION,
                FindingStatus.IN_PROGRESS, Set.of(ForcedLabourIndicator.DEBT_BONDAGE));
        Finding contracts = finding(id(102), "baseline", "BL-3", Severity.MINOR,
                "Contracts signed on arrival, not before departure", FindingStatus.REMEDIATED, Set.of());
        Finding drills = finding(id(103), "baseline", "BL-6", Severity.OBSERVATION,
                "+ fire drills in the dormitory are not recorded", FindingStatus.OPEN, Set.of());
        Finding payslips = finding(id(104), "baseline", "BL-4", Severity.GOOD_PRACTICE,
                "-payslips in Burmese and Thai", FindingStatus.VERIFIED, Set.of());
        return List.of(
                new FindingWithActions(passports, List.of(
                        action(OVERDUE_ACTION, passports.id(), "Return all passports; provide personal lockers",
                                REPORT_DATE.minusDays(5), ActionStatus.OPEN),
                        verifiedAction(id(201), passports.id()))),
                new FindingWithActions(fees, List.of(action(id(202), fees.id(),
                        "@agency: repay fees to the 12 workers", REPORT_DATE.plusDays(25), ActionStatus.IN_PROGRESS))),
                new FindingWithActions(contracts, List.of()),
                new FindingWithActions(drills, List.of()),
                new FindingWithActions(payslips, List.of()));
    }

    static Finding finding(UUID id, String code, String ref, Severity severity, String description,
            FindingStatus status, Set<ForcedLabourIndicator> indicators) {
        return new Finding(id, SUPPLIER_ID, AUDIT_ID, List.of(new RequirementKey(code, ref)), severity,
                description, "HR register, worker interviews", 41, Scope.SYSTEMIC, indicators,
                "Management fears workers will abscond", status, LocalDate.of(2026, 3, 3), "", 1);
    }

    static Finding withPseudonyms(Finding f, String pseudonyms) {
        return new Finding(f.id(), f.supplierId(), f.auditId(), f.requirements(), f.severity(), f.description(),
                f.evidence(), f.workersAffected(), f.scope(), f.indicators(), f.rootCause(), f.status(),
                f.raisedOn(), pseudonyms, f.version());
    }

    private static CorrectiveAction action(UUID id, UUID findingId, String text, LocalDate due, ActionStatus status) {
        return new CorrectiveAction(id, findingId, text, "HR manager", due, status, "Document check and interviews",
                null, "", 1);
    }

    private static CorrectiveAction verifiedAction(UUID id, UUID findingId) {
        return new CorrectiveAction(id, findingId, "Containment: passports returned the same day", "Plant director",
                LocalDate.of(2026, 3, 4), ActionStatus.VERIFIED, "Observation", LocalDate.of(2026, 3, 4),
                "Amina Rahman", 1);
    }

    private static Supplier supplier() {
        return new Supplier(SUPPLIER_ID, "Golden Thread Garments Co., Ltd.", "TH2019303BQ3FZP", "TH",
                "88 Moo 4, Mae Sot, Tak 63110", "Apparel", 1, "Golden Thread Group", "hr@example.org", 1);
    }

    private static WorkforceProfile workforce() {
        return new WorkforceProfile(id(3), SUPPLIER_ID, LocalDate.of(2026, 3, 1), 620, 410, 95, 4, 380,
                List.of(new MigrantGroup("MM", 350), new MigrantGroup("KH", 60)), 1);
    }

    private static List<RecruitmentAgency> agencies() {
        return List.of(new RecruitmentAgency(id(4), SUPPLIER_ID, "Shwe Recruitment Agency", "MM", "MM-RA-0421", 1),
                new RecruitmentAgency(id(5), SUPPLIER_ID, "Mekong Labour Services", "TH", "TH-2211/2564", 1));
    }

    /** Myanmar workers charged MMK service fees through the first agency, partly repaid; Cambodian medical fees in USD. */
    static List<RecruitmentFee> fees() {
        return List.of(new RecruitmentFee(id(6), SUPPLIER_ID, "MM", id(4), 120, new BigDecimal("1500000"), "MMK",
                        FeeCategory.SERVICE_FEES, "Agency receipts kept by 14 workers", new BigDecimal("60000000"),
                        new BigDecimal("11000"), "THB", 1),
                new RecruitmentFee(id(7), SUPPLIER_ID, "KH", null, 60, new BigDecimal("85.50"), "USD",
                        FeeCategory.MEDICAL, "Clinic invoices", null, new BigDecimal("11000"), "THB", 1));
    }

    private static Audit audit() {
        return new Audit(AUDIT_ID, SUPPLIER_ID, List.of(baselineCode().ref(), indicatorCode().ref()),
                AuditType.INITIAL, Announcement.SEMI_ANNOUNCED, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4),
                "Amina Rahman", "Somchai K., Thida W.", AuditStatus.SUBMITTED,
                new InterviewCounts(22, 8, 18, 12, 24, 6), 3);
    }

    static Crosswalk crosswalk() {
        List<String> schemes = List.of("ETI", "SA8000", "amfori BSCI", "RBA", "FLA", "ILO", "Dhaka / IRIS");
        return new Crosswalk(schemes, List.of(
                topic("recruitment-fees", "Recruitment fees", "rights-at-work", 4, schemes,
                        "1", "2", "no bonded labour", "A1", "forced labor; employment relationship",
                        "C181 Art.7; C29, P29", "P1 / C"),
                topic("identity-documents", "Identity documents", "rights-at-work", 4, schemes,
                        "1", "2", "no bonded labour", "A1", "forced labor", "C29, P29; UN MWC Art.21", "P4 / D"),
                topic("freedom-of-movement", "Freedom of movement", "rights-at-work", 4, schemes,
                        "1", "2", "no bonded labour", "A1", "forced labor", "C29, P29, C105", "P4 / D"),
                topic("contract-language", "Contract language", "employment", 4, schemes,
                        "8", "\u2014", "workers' involvement and protection", "A1", "employment relationship",
                        "C97 annexes", "P2 / E"),
                topic("wage-payment-deductions", "Wages and deductions", "employment", 4, schemes,
                        "5", "8", "fair remuneration", "A4", "compensation", "C95, C131", "P5"),
                topic("hours", "Working hours", "employment", 4, schemes,
                        "6", "7", "decent working hours", "A3", "hours of work", "C1, C30", "\u2014"),
                topic("accommodation", "Accommodation", "social-protection", 4, schemes,
                        "3", "3", "occupational health and safety", "B", "health, safety and environment",
                        "C97 Art.6", "P8"),
                topic("freedom-of-association", "Freedom of association", "social-dialogue", 3, schemes,
                        "2", "4", "freedom of association", "A7", "freedom of association", "C87, C98", "P6")));
    }

    private static Topic topic(String id, String title, String pillar, int ungc, List<String> schemes,
            String... headings) {
        Map<String, String> byScheme = new LinkedHashMap<>();
        for (int i = 0; i < schemes.size(); i++) {
            byScheme.put(schemes.get(i), headings[i]);
        }
        return new Topic(id, title, pillar, ungc, byScheme);
    }

    static UUID id(long n) {
        return new UUID(0xFA1A_0D17L, n);
    }
}
