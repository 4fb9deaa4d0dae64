package org.fairaudit.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.Announcement;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.AuditType;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeRef;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.EvidenceSource;
import org.fairaudit.domain.FeeCategory;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.InterviewCounts;
import org.fairaudit.domain.MigrantGroup;
import org.fairaudit.domain.MonitorReport;
import org.fairaudit.domain.MonitorReportStatus;
import org.fairaudit.domain.Permission;
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
import org.fairaudit.domain.WorkforceProfile;
import org.fairaudit.i18n.Messages;

/**
 * Demo data a newcomer can explore: three supplier sites employing migrant workers, their agencies,
 * an accepted audit from six months ago with remediated and overdue actions, and an audit in progress.
 * Requirements are picked by topic and forced-labour indicator, not by ref, so the data follows the templates.
 */
public final class DemoData implements DemoDataService {
    static final String BASE_CODE = "multi-stakeholder-base";
    static final String FORCED_LABOUR_CODE = "ilo-forced-labour-indicators";
    static final String RECRUITMENT_CODE = "fair-recruitment";
    private static final int STEPS = 8;
    /** The auditor whose audits the demo holds. */
    public static final String AUDITOR_NAME = "Anjali Rao (demo auditor)";
    /** The union monitor who files the demo reports. */
    public static final String MONITOR_NAME = "Lwin Lwin Oo (Migrant Worker Rights Network)";
    /** The brand compliance reviewer who reviews them. */
    public static final String REVIEWER_NAME = "Claire Dubois (brand compliance)";

    private final SupplierService suppliers;
    private final FeeService fees;
    private final AuditService audits;
    private final FindingService findings;
    private final CodeService codes;
    private final MonitorReportService monitorReports;
    private final ReviewService review;
    private final ProfileService profiles;
    private final ProfileAccounts demoAuthors;
    private final BooleanSupplier noSuppliersYet;
    private final Clock clock;

    /**
     * @param demoAuthors    makes the profiles the demo work is stamped with: an auditor, a monitor, a reviewer
     * @param noSuppliersYet whether the database is still empty (asked before anyone has signed in)
     */
    public DemoData(SupplierService suppliers, FeeService fees, AuditService audits, FindingService findings,
                    CodeService codes, MonitorReportService monitorReports, ReviewService review,
                    ProfileService profiles, ProfileAccounts demoAuthors, BooleanSupplier noSuppliersYet, Clock clock) {
        this.fees = fees;
        this.monitorReports = monitorReports;
        this.review = review;
        this.noSuppliersYet = noSuppliersYet;
        this.profiles = profiles;
        this.demoAuthors = demoAuthors;
        this.suppliers = suppliers;
        this.audits = audits;
        this.findings = findings;
        this.codes = codes;
        this.clock = clock;
    }

    @Override
    public boolean isDatabaseEmpty() {
        return noSuppliersYet.getAsBoolean();
    }

    /** The demo shows each kind of user's work, whatever the role of the newcomer exploring it. */
    @Override
    public void createDemoData(ProgressListener progress) {
        profiles.require(Permission.CREATE_DEMO_DATA);
        LocalDate today = LocalDate.now(clock);
        AuditorsWork audited = demoAuthors.asDemoAuthor(AUDITOR_NAME, Role.AUDITOR,
                () -> auditorsWork(progress, today));
        step(progress, 7, "demo.reviewInbox");
        MonitorReport substantiated = demoAuthors.asDemoAuthor(MONITOR_NAME, Role.MONITOR,
                () -> monitorsReports(audited.seafood(), audited.electronics(), today));
        demoAuthors.asDemoAuthor(REVIEWER_NAME, Role.REVIEWER, () -> {
            review.accept(audited.acceptedAudit(), "Corrective actions agreed at the closing meeting; the overdue "
                    + "action on working hours is followed up in the CAP tracker.");
            reviewersSubstantiation(substantiated, today);
            return null;
        });
        step(progress, STEPS, "demo.done");
    }

    /** What the demo auditor leaves behind: three sites, and the audit the reviewer accepts. */
    private record AuditorsWork(Supplier electronics, Supplier seafood, UUID acceptedAudit) {
    }

    private AuditorsWork auditorsWork(ProgressListener progress, LocalDate today) {
        step(progress, 0, "demo.suppliers");
        Supplier electronics = electronicsPlant(today);
        Supplier seafood = seafoodPlant(today);
        Supplier garment = garmentFactory(today);

        step(progress, 2, "demo.acceptedAudit");
        UUID seafoodAudit = submittedSeafoodAudit(seafood, today.minusMonths(6));

        step(progress, 4, "demo.auditInProgress");
        electronicsAuditInProgress(electronics, today.minusDays(2));

        step(progress, 6, "demo.reviewInbox");
        submittedGarmentAudit(garment, today.minusDays(12));
        return new AuditorsWork(electronics, seafood, seafoodAudit);
    }

    private static void step(ProgressListener progress, int done, String messageKey) {
        if (progress.isCancelled()) {
            throw new java.util.concurrent.CancellationException();
        }
        progress.progress(done, STEPS, Messages.get(messageKey));
    }

    private Supplier electronicsPlant(LocalDate today) {
        Supplier site = suppliers.save(new Supplier(UUID.randomUUID(), "Perak Precision Electronics Sdn Bhd",
                "MY2023112K7Q2XA", "MY", "Lot 12, Kinta Industrial Estate, 31200 Chemor, Perak", "Electronic components",
                2, "Kinta Holdings Bhd", "HR manager, +60 5 201 4400", 0));
        suppliers.saveWorkforce(new WorkforceProfile(UUID.randomUUID(), site.id(), today.minusDays(2), 1240, 610, 310,
                0, 820, List.of(new MigrantGroup("NP", 420), new MigrantGroup("BD", 260), new MigrantGroup("MM", 180)), 0));
        RecruitmentAgency nepal = agency(site, "Himalayan Overseas Manpower Pvt Ltd", "NP", "1234/070/071");
        RecruitmentAgency bangladesh = agency(site, "Dhaka Global Recruiting Ltd", "BD", "RL-1187");
        agency(site, "Kinta Workforce Solutions Sdn Bhd", "MY", "JTK-PR-0456");
        // Nepali workers paid NPR service fees to the agency, a third repaid so far; medical checks paid at home
        fee(site, "NP", nepal, 420, "165000", "NPR", FeeCategory.SERVICE_FEES,
                "Agency receipts shown by 18 interviewed workers; loan papers from a village lender", "23100000");
        fee(site, "NP", nepal, 420, "9500", "NPR", FeeCategory.MEDICAL, "Clinic receipts (Kathmandu)", null);
        fee(site, "BD", bangladesh, 260, "4200", "USD", FeeCategory.SERVICE_FEES,
                "Worker statements; bank transfer slips to the sub-agent", "218400");
        return site;
    }

    private Supplier seafoodPlant(LocalDate today) {
        Supplier site = suppliers.save(new Supplier(UUID.randomUUID(), "Andaman Seafood Processing Co., Ltd.",
                "TH2021045M3RT8B", "TH", "88/4 Moo 2, Tha Chalom, Mueang Samut Sakhon 74000", "Seafood processing",
                1, null, "Compliance officer, +66 34 810 220", 0));
        suppliers.saveWorkforce(new WorkforceProfile(UUID.randomUUID(), site.id(), today.minusMonths(6), 860, 520, 120,
                4, 600, List.of(new MigrantGroup("MM", 540), new MigrantGroup("KH", 190)), 0));
        agency(site, "Golden Land Overseas Employment Co., Ltd.", "MM", "MOLIP-LA-0321");
        agency(site, "Mekong Labour Services Co., Ltd.", "KH", "MLVT-112");
        return site;
    }

    private Supplier garmentFactory(LocalDate today) {
        Supplier site = suppliers.save(new Supplier(UUID.randomUUID(), "Al-Hassan Apparel Manufacturing LLC",
                null, "JO", "Al-Hassan Industrial Estate, Irbid", "Garments", 1, "Levant Textiles Group",
                "Factory manager, +962 2 739 0011", 0));
        suppliers.saveWorkforce(new WorkforceProfile(UUID.randomUUID(), site.id(), today.minusMonths(1), 1450, 1020, 0,
                0, 1100, List.of(new MigrantGroup("BD", 540), new MigrantGroup("LK", 310), new MigrantGroup("IN", 220)), 0));
        agency(site, "Colombo Skilled Workers Agency", "LK", "SLBFE-2417");
        return site;
    }

    private RecruitmentAgency agency(Supplier site, String name, String country, String licence) {
        return suppliers.saveAgency(new RecruitmentAgency(UUID.randomUUID(), site.id(), name, country, licence, 0));
    }

    /** A fee group earning the Malaysian minimum wage (MYR 1,700 a month). */
    private void fee(Supplier site, String nationality, RecruitmentAgency agency, int workers, String perWorker,
                     String currency, FeeCategory category, String evidence, String repaid) {
        fees.save(new RecruitmentFee(UUID.randomUUID(), site.id(), nationality, agency.id(), workers,
                new BigDecimal(perWorker), currency, category, evidence, repaid == null ? null : new BigDecimal(repaid),
                new BigDecimal("1700"), "MYR", 0));
    }

    /** Six months ago; every requirement assessed; one action verified, one done, one overdue. */
    private UUID submittedSeafoodAudit(Supplier site, LocalDate start) {
        List<CodeRef> applied = available(BASE_CODE, FORCED_LABOUR_CODE);
        Audit audit = audits.create(site.id(), applied, AuditType.INITIAL, Announcement.SEMI_ANNOUNCED,
                start, start.plusDays(2), "Anjali Rao", "Somchai Prasert; Thida Win (Burmese interpreter)");
        Finding overtime = finding(audit, hasTopic("hours"), Severity.MAJOR, FindingStatus.IN_PROGRESS, start,
                "Peak-season overtime reached 84 hours a week for 3 weeks in the shrimp peeling line; rest days were skipped.",
                "Time records March–April; 12 worker interviews (8 migrant).", 140, Scope.SYSTEMIC,
                Set.of(ForcedLabourIndicator.EXCESSIVE_OVERTIME), "Orders accepted beyond line capacity.", "");
        Finding dormitory = finding(audit, hasTopic("accommodation"), Severity.MINOR, FindingStatus.VERIFIED, start,
                "Dormitory block C: 14 workers per room, one working toilet per 30 residents.",
                "Site walk of dormitories; photographs.", 90, Scope.ISOLATED, Set.of(), "No maintenance budget for housing.", "");
        Finding grievance = finding(audit, hasTopic("grievance-remedy"), Severity.OBSERVATION, FindingStatus.OPEN,
                start, "Grievance box notices are in Thai only; Burmese and Khmer speakers did not know how to use it.",
                "Observation; worker interviews.", null, Scope.SYSTEMIC, Set.of(), "", "");
        answerAll(audit, List.of(overtime, dormitory, grievance));
        action(overtime, "Cap weekly hours at 60 and record voluntary consent to overtime", "Production manager",
                start.plusDays(30), ActionStatus.IN_PROGRESS);
        action(dormitory, "Reduce occupancy to 8 per room and repair sanitation in block C", "Facilities manager",
                start.plusDays(90), ActionStatus.VERIFIED);
        action(grievance, "Translate grievance notices into Burmese and Khmer", "HR manager", start.plusDays(14),
                ActionStatus.DONE);
        audits.save(withStatus(audits.find(audit.id()).orElseThrow(), AuditStatus.SUBMITTED,
                new InterviewCounts(22, 8, 18, 12, 24, 6)));
        return audit.id();
    }

    /** Two days ago, still on site: part of the checklist answered, serious recruitment findings open. */
    private void electronicsAuditInProgress(Supplier site, LocalDate start) {
        List<CodeRef> applied = available(RECRUITMENT_CODE, FORCED_LABOUR_CODE);
        Audit audit = audits.create(site.id(), applied, AuditType.INITIAL, Announcement.UNANNOUNCED,
                start, start.plusDays(2), "Anjali Rao", "Ram Gurung (Nepali interpreter)");
        Finding passports = finding(audit, hasIndicator(ForcedLabourIndicator.RETENTION_OF_IDENTITY_DOCUMENTS),
                Severity.ZERO_TOLERANCE, FindingStatus.OPEN, start,
                "Passports of Nepali and Bangladeshi workers are kept in the HR office 'for safekeeping'; workers must "
                        + "apply in writing to see them.",
                "Passport register sighted; 9 of 10 migrant workers interviewed confirmed.", 680, Scope.SYSTEMIC,
                Set.of(ForcedLabourIndicator.RETENTION_OF_IDENTITY_DOCUMENTS,
                        ForcedLabourIndicator.RESTRICTION_OF_MOVEMENT), "Company policy since 2019.", "W-07, W-12, W-19");
        Finding fees = finding(audit, hasTopic("recruitment-fees"), Severity.ZERO_TOLERANCE, FindingStatus.OPEN, start,
                "Workers recruited through agencies in Nepal and Bangladesh paid recruitment fees of 1,100–1,400 USD, "
                        + "financed by loans.",
                "Fee receipts shown by workers; agency service agreements do not state who pays.", 420, Scope.SYSTEMIC,
                Set.of(ForcedLabourIndicator.DEBT_BONDAGE), "No employer-pays clause in agency contracts.", "W-03, W-07");
        answerSome(audit, List.of(passports, fees));
        audits.save(withStatus(audits.find(audit.id()).orElseThrow(), AuditStatus.IN_PROGRESS,
                new InterviewCounts(10, 2, 5, 7, 9, 3)));
        action(passports, "Return all passports today; provide lockers with worker-held keys", "General manager",
                start.plusDays(7), ActionStatus.OPEN);
        action(fees, "Adopt an employer-pays policy and agree a repayment plan for fees paid", "HR director",
                start.plusDays(30), ActionStatus.OPEN);
    }

    /** Finished on site and submitted: waits in the review inbox for a reviewer to accept or return it. */
    private void submittedGarmentAudit(Supplier site, LocalDate start) {
        List<CodeRef> applied = available(BASE_CODE);
        Audit audit = audits.create(site.id(), applied, AuditType.FOLLOW_UP, Announcement.ANNOUNCED,
                start, start.plusDays(1), "Anjali Rao", "Nimal Perera (Sinhala interpreter)");
        Finding wages = finding(audit, hasTopic("wage-payment-deductions"), Severity.MAJOR, FindingStatus.OPEN, start,
                "Deductions for dormitory and meals took 38 % of the minimum wage of Sri Lankan workers in May.",
                "Payslips of 25 workers; payroll ledger.", 310, Scope.SYSTEMIC, Set.of(), "Housing charged at cost.",
                "");
        answerAll(audit, List.of(wages));
        action(wages, "Cap housing and meal deductions at the legal limit and refund the excess", "Finance manager",
                start.plusDays(30), ActionStatus.OPEN);
        audits.save(withStatus(audits.find(audit.id()).orElseThrow(), AuditStatus.SUBMITTED,
                new InterviewCounts(18, 6, 16, 8, 20, 4)));
    }

    /** One report just received, and one the reviewer will substantiate (returned). */
    private MonitorReport monitorsReports(Supplier seafood, Supplier electronics, LocalDate today) {
        monitorReports.save(report(seafood, today.minusDays(3),
                "Workers on the night shift say wages for May were paid 20 days late and only in cash.",
                "Voice notes of 4 workers (kept by the network); photo of a cash envelope.", 60,
                requirementsOn(hasTopic("wage-payment-deductions")), Set.of(ForcedLabourIndicator.WITHHOLDING_OF_WAGES),
                "Night-shift team leader", "MW-21, MW-22, MW-25, MW-31"));
        return monitorReports.save(report(electronics, today.minusDays(20),
                "Newly arrived Nepali workers are locked in the dormitory compound after 9 pm and need a pass to leave "
                        + "on rest days.",
                "Statements of 6 workers; photo of the locked gate at 21:40.", 200,
                requirementsOn(hasIndicator(ForcedLabourIndicator.RESTRICTION_OF_MOVEMENT)),
                Set.of(ForcedLabourIndicator.RESTRICTION_OF_MOVEMENT), "Worker representative, dormitory B",
                "MW-02, MW-05, MW-09"));
    }

    /** The reviewer substantiates the report and makes a finding with a corrective action from it. */
    private void reviewersSubstantiation(MonitorReport filed, LocalDate today) {
        monitorReports.changeStatus(filed.id(), MonitorReportStatus.UNDER_REVIEW,
                "Asked the supplier for the dormitory rules and gate log.");
        monitorReports.changeStatus(filed.id(), MonitorReportStatus.SUBSTANTIATED,
                "The gate log confirms the curfew; the supplier's own rules require a pass on rest days.");
        Finding finding = findings.save(monitorReports.draftFinding(filed.id(), today.minusDays(10)));
        action(finding, "Remove the curfew and the exit pass; keep the gate open at all hours", "General manager",
                today.minusDays(3), ActionStatus.OPEN);
        monitorReports.linkFinding(filed.id(), finding.id());
    }

    private static MonitorReport report(Supplier site, LocalDate filedOn, String allegation, String evidence,
                                        int workers, List<RequirementKey> requirements,
                                        Set<ForcedLabourIndicator> indicators, String reporter, String pseudonyms) {
        return new MonitorReport(UUID.randomUUID(), site.id(), "Migrant Worker Rights Network", filedOn, allegation,
                evidence, workers, requirements, indicators, reporter, pseudonyms, true, MonitorReportStatus.RECEIVED,
                null, 0);
    }

    /** The first requirement of the forced-labour or base code that matches, by topic or indicator. */
    private List<RequirementKey> requirementsOn(Predicate<Requirement> test) {
        for (CodeRef ref : available(FORCED_LABOUR_CODE, BASE_CODE)) {
            CodeOfConduct code = codes.code(ref).orElseThrow();
            Optional<Requirement> match = code.requirements().filter(test).findFirst();
            if (match.isPresent()) {
                return List.of(new RequirementKey(code.id(), match.get().ref()));
            }
        }
        return List.of();
    }

    private static Audit withStatus(Audit audit, AuditStatus status, InterviewCounts interviews) {
        return new Audit(audit.id(), audit.supplierId(), audit.codes(), audit.type(), audit.announcement(),
                audit.startDate(), audit.endDate(), audit.leadAuditor(), audit.team(), status, interviews,
                audit.version());
    }

    private List<CodeRef> available(String... codeIds) {
        List<CodeRef> refs = new ArrayList<>();
        for (String id : codeIds) {
            codes.codes().stream().filter(c -> c.id().equals(id)).findFirst().map(CodeOfConduct::ref).ifPresent(refs::add);
        }
        if (refs.isEmpty()) {
            refs.add(codes.codes().get(0).ref());
        }
        return refs;
    }

    private Finding finding(Audit audit, Predicate<Requirement> breached, Severity severity, FindingStatus status,
                            LocalDate raisedOn, String description, String evidence, Integer workers, Scope scope,
                            Set<ForcedLabourIndicator> indicators, String rootCause, String workerPseudonyms) {
        List<RequirementKey> keys = firstMatching(audit, breached).map(List::of).orElse(List.of());
        return findings.save(new Finding(UUID.randomUUID(), audit.supplierId(), audit.id(), keys, severity,
                description, evidence, workers, scope, indicators, rootCause, status, raisedOn, workerPseudonyms, 0));
    }

    private void action(Finding finding, String text, String owner, LocalDate due, ActionStatus status) {
        boolean verified = status == ActionStatus.VERIFIED;
        findings.saveAction(new CorrectiveAction(UUID.randomUUID(), finding.id(), text, owner, due, status,
                verified ? "Follow-up visit and document review" : "", verified ? due.minusDays(5) : null,
                verified ? "Anjali Rao" : "", 0));
    }

    private Optional<RequirementKey> firstMatching(Audit audit, Predicate<Requirement> test) {
        for (CodeOfConduct code : audits.codesOf(audit)) {
            Optional<Requirement> match = code.requirements().filter(test).findFirst();
            if (match.isPresent()) {
                return Optional.of(new RequirementKey(code.id(), match.get().ref()));
            }
        }
        return Optional.empty();
    }

    /** Breached requirements non-compliant, the rest compliant, with the evidence an auditor would record. */
    private void answerAll(Audit audit, List<Finding> raised) {
        Map<RequirementKey, Requirement> requirements = requirements(audit);
        for (Response response : audits.responses(audit.id())) {
            Requirement requirement = requirements.get(response.requirement());
            audits.saveResponse(answered(response, requirement, breached(raised, requirement, response)));
        }
    }

    /** The first two thirds of the checklist answered, as on the second day of a three-day audit. */
    private void answerSome(Audit audit, List<Finding> raised) {
        Map<RequirementKey, Requirement> requirements = requirements(audit);
        List<Response> responses = audits.responses(audit.id());
        int answered = responses.size() * 2 / 3;
        for (int i = 0; i < responses.size(); i++) {
            Response response = responses.get(i);
            Requirement requirement = requirements.get(response.requirement());
            boolean breached = breached(raised, requirement, response);
            if (i < answered || breached) {
                audits.saveResponse(answered(response, requirement, breached));
            }
        }
    }

    /** A requirement is breached when a finding names it or evidences the forced-labour indicator it tests. */
    private static boolean breached(List<Finding> raised, Requirement requirement, Response response) {
        return raised.stream().anyMatch(f -> f.requirements().contains(response.requirement())
                || requirement.indicator() != null && f.indicators().contains(requirement.indicator()));
    }

    private Map<RequirementKey, Requirement> requirements(Audit audit) {
        Map<RequirementKey, Requirement> byKey = new HashMap<>();
        for (CodeOfConduct code : audits.codesOf(audit)) {
            code.requirements().forEach(r -> byKey.put(new RequirementKey(code.id(), r.ref()), r));
        }
        return byKey;
    }

    private static Response answered(Response response, Requirement requirement, boolean breached) {
        ResponseResult result = breached ? ResponseResult.NON_COMPLIANT : ResponseResult.COMPLIANT;
        String notes = breached ? "See finding." : "Sampled records and interviews showed no breach.";
        // Confidential: what workers said, by pseudonym only; never exported unless asked for.
        String interviewNotes = breached && requirement.topics().contains("identity-documents")
                ? "W-07: asked twice for the passport to renew a visa, refused both times." : "";
        return new Response(response.id(), response.auditId(), response.requirement(), result,
                EnumSet.of(EvidenceSource.DOCUMENTS, EvidenceSource.WORKER_INTERVIEWS), notes, interviewNotes,
                response.version());
    }

    private static Predicate<Requirement> hasTopic(String topic) {
        return r -> r.topics().contains(topic);
    }

    private static Predicate<Requirement> hasIndicator(ForcedLabourIndicator indicator) {
        return r -> r.indicator() == indicator;
    }
}
