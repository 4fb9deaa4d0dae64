package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.Announcement;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.AuditType;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingDrafts;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Scope;
import org.fairaudit.domain.Severity;
import org.fairaudit.domain.Supplier;
import org.fairaudit.domain.Violation;
import org.fairaudit.service.ConcurrentEditException;
import org.fairaudit.service.DashboardSummary;
import org.fairaudit.service.FindingFilter;
import org.fairaudit.service.FindingPage;
import org.fairaudit.service.FindingRow;
import org.fairaudit.service.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings, corrective actions, the findings list filters and the dashboard built on them. */
class JdbcFindingServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final RequirementKey FEES = new RequirementKey("fair-recruitment", "FR-1");
    static final RequirementKey PASSPORTS = new RequirementKey("fair-recruitment", "FR-3");

    @TempDir
    Path dir;
    Store store;
    Supplier sunrise;
    Supplier lotus;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        sunrise = store.suppliers.save(Supplier.draft("Sunrise Garments", "MY"));
        lotus = store.suppliers.save(Supplier.draft("Lotus Electronics", "TH"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    Finding finding(Supplier supplier, UUID auditId, Severity severity, FindingStatus status, LocalDate raisedOn,
                    List<RequirementKey> requirements, Set<ForcedLabourIndicator> indicators) {
        return store.findings.save(new Finding(UUID.randomUUID(), supplier.id(), auditId, requirements, severity,
                "Workers paid fees to the agent", "Receipts", 12, Scope.SYSTEMIC, indicators, "Agent practice",
                status, raisedOn, "W-03, W-07", 0));
    }

    Finding finding(Supplier supplier, Severity severity, FindingStatus status, LocalDate raisedOn) {
        return finding(supplier, null, severity, status, raisedOn, List.of(FEES), Set.of());
    }

    CorrectiveAction action(Finding finding, LocalDate due, ActionStatus status) {
        return store.findings.saveAction(new CorrectiveAction(UUID.randomUUID(), finding.id(), "Repay the fees",
                "HR manager", due, status, "Payroll check", null, "", 0));
    }

    @Test
    void savesAndUpdatesFindingsWithRequirementsAndIndicators() {
        Finding saved = finding(sunrise, null, Severity.ZERO_TOLERANCE, FindingStatus.OPEN, TODAY,
                List.of(PASSPORTS, FEES), Set.of(ForcedLabourIndicator.RETENTION_OF_IDENTITY_DOCUMENTS,
                        ForcedLabourIndicator.DEBT_BONDAGE));
        assertThat(store.findings.find(saved.id())).contains(saved);

        Finding remediated = store.findings.save(new Finding(saved.id(), saved.supplierId(), null, List.of(FEES),
                saved.severity(), saved.description(), saved.evidence(), 3, Scope.ISOLATED, Set.of(), "",
                FindingStatus.REMEDIATED, saved.raisedOn(), "", saved.version()));

        assertThat(remediated.version()).isEqualTo(2);
        assertThat(store.findings.find(saved.id())).contains(remediated);
        assertThatThrownBy(() -> store.findings.save(saved)).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void findingNeedsDescriptionAndARequirementUnlessItIsAGoodPractice() {
        Finding noDescription = new Finding(UUID.randomUUID(), sunrise.id(), null, List.of(), Severity.MAJOR, " ",
                "", null, Scope.ISOLATED, Set.of(), "", FindingStatus.OPEN, TODAY, "", 0);
        assertThatThrownBy(() -> store.findings.save(noDescription))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("description", "requirements"));

        Finding goodPractice = new Finding(UUID.randomUUID(), sunrise.id(), null, List.of(), Severity.GOOD_PRACTICE,
                "Worker committee elected by secret ballot", "", null, Scope.SYSTEMIC, Set.of(), "",
                FindingStatus.VERIFIED, TODAY, "", 0);
        assertThat(store.findings.save(goodPractice).version()).isEqualTo(1);
    }

    @Test
    void actionsAreVersionedValidatedAndListedByDueDate() {
        Finding finding = finding(sunrise, Severity.MAJOR, FindingStatus.OPEN, TODAY);
        CorrectiveAction later = action(finding, TODAY.plusDays(30), ActionStatus.OPEN);
        CorrectiveAction sooner = action(finding, TODAY.plusDays(7), ActionStatus.OPEN);
        CorrectiveAction done = store.findings.saveAction(new CorrectiveAction(later.id(), finding.id(),
                later.action(), later.owner(), later.dueDate(), ActionStatus.DONE, "", null, "", later.version()));

        assertThat(store.findings.actions(finding.id())).containsExactly(sooner, done);
        assertThatThrownBy(() -> store.findings.saveAction(later)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> store.findings.saveAction(FindingDrafts.actionFor(finding, TODAY)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void searchFiltersBySupplierAuditSeverityStatusAndOverdueNewestFirst() {
        Audit audit = store.audits.create(sunrise.id(), List.of(TestCodes.RECRUITMENT.ref()), AuditType.INITIAL,
                Announcement.ANNOUNCED, TODAY, TODAY, "Lead", "");
        Finding inAudit = finding(sunrise, audit.id(), Severity.MINOR, FindingStatus.OPEN, TODAY.minusDays(1),
                List.of(FEES), Set.of());
        Finding overdue = finding(sunrise, Severity.MAJOR, FindingStatus.IN_PROGRESS, TODAY.minusDays(40));
        Finding verified = finding(lotus, Severity.MAJOR, FindingStatus.VERIFIED, TODAY.minusDays(10));
        action(overdue, TODAY.minusDays(10), ActionStatus.OPEN);
        action(overdue, TODAY.plusDays(10), ActionStatus.IN_PROGRESS);
        action(verified, TODAY.minusDays(5), ActionStatus.VERIFIED);
        action(inAudit, TODAY, ActionStatus.OPEN);

        assertThat(ids(FindingFilter.all(TODAY))).containsExactly(inAudit.id(), verified.id(), overdue.id());
        assertThat(ids(new FindingFilter(sunrise.id(), null, null, null, false, TODAY)))
                .containsExactly(inAudit.id(), overdue.id());
        assertThat(ids(new FindingFilter(null, audit.id(), null, null, false, TODAY))).containsExactly(inAudit.id());
        assertThat(ids(new FindingFilter(null, null, Severity.MAJOR, null, false, TODAY)))
                .containsExactly(verified.id(), overdue.id());
        assertThat(ids(new FindingFilter(null, null, null, FindingStatus.VERIFIED, false, TODAY)))
                .containsExactly(verified.id());
        assertThat(ids(new FindingFilter(null, null, null, null, true, TODAY))).containsExactly(overdue.id());
        assertThat(ids(new FindingFilter(lotus.id(), null, Severity.MINOR, null, false, TODAY))).isEmpty();

        FindingRow row = store.findings.search(new FindingFilter(null, null, null, null, true, TODAY)).get(0);
        assertThat(row.finding()).isEqualTo(overdue);
        assertThat(row.supplierName()).isEqualTo("Sunrise Garments");
        assertThat(row.openActions()).isEqualTo(2);
        assertThat(row.overdueActions()).isEqualTo(1);
        assertThat(store.findings.findingsOfAudit(audit.id())).containsExactly(inAudit);
    }

    @Test
    void dashboardCountsOpenFindingsOverdueActionsAuditsSuppliersAndForcedLabourRisk() {
        store.audits.create(sunrise.id(), List.of(TestCodes.RECRUITMENT.ref()), AuditType.INITIAL,
                Announcement.ANNOUNCED, TODAY, TODAY, "Lead", "");
        Finding open = finding(sunrise, Severity.MAJOR, FindingStatus.OPEN, TODAY);
        finding(sunrise, Severity.MAJOR, FindingStatus.DISPUTED, TODAY);
        finding(lotus, Severity.MINOR, FindingStatus.VERIFIED, TODAY);
        action(open, TODAY.minusDays(1), ActionStatus.OPEN);
        action(open, TODAY, ActionStatus.OPEN);
        action(open, TODAY.minusDays(3), ActionStatus.DONE);
        Supplier delta = store.suppliers.save(Supplier.draft("Delta Seafood", "TH"));
        // evidenced through the breached requirement FR-3, which tests retention of identity documents
        finding(delta, null, Severity.ZERO_TOLERANCE, FindingStatus.OPEN, TODAY, List.of(PASSPORTS), Set.of());
        // named on the finding
        finding(lotus, null, Severity.MINOR, FindingStatus.REMEDIATED, TODAY, List.of(FEES),
                Set.of(ForcedLabourIndicator.EXCESSIVE_OVERTIME));
        // good practice evidences nothing
        finding(sunrise, null, Severity.GOOD_PRACTICE, FindingStatus.OPEN, TODAY, List.of(PASSPORTS),
                Set.of(ForcedLabourIndicator.DEBT_BONDAGE));

        DashboardSummary summary = store.dashboard.summary(TODAY);

        assertThat(summary.openFindingsBySeverity()).containsEntry(Severity.MAJOR, 2)
                .containsEntry(Severity.ZERO_TOLERANCE, 1).containsEntry(Severity.MINOR, 0)
                .containsEntry(Severity.GOOD_PRACTICE, 1).containsEntry(Severity.OBSERVATION, 0);
        assertThat(summary.overdueActions()).isEqualTo(1);
        assertThat(summary.auditsInProgress()).isEqualTo(1);
        assertThat(summary.suppliers()).isEqualTo(3);
        assertThat(summary.suppliersWithForcedLabourRisk()).containsExactly("Delta Seafood", "Lotus Electronics");
    }

    @Test
    void pagesHoldTheRowsOfTheUnpagedListInTheSameOrder() {
        for (int day = 0; day < 25; day++) {
            Finding finding = finding(day % 2 == 0 ? sunrise : lotus, Severity.values()[day % 4],
                    FindingStatus.values()[day % 3], day % 5 == 0 ? TODAY : TODAY.minusDays(day));
            action(finding, TODAY.minusDays(day % 3), ActionStatus.OPEN);
        }
        for (FindingFilter filter : List.of(FindingFilter.all(TODAY),
                new FindingFilter(lotus.id(), null, null, FindingStatus.OPEN, false, TODAY),
                new FindingFilter(null, null, Severity.MAJOR, null, true, TODAY))) {
            List<FindingRow> unpaged = store.findings.search(filter);
            assertThat(store.findings.count(filter)).as("count of %s", filter).isEqualTo(unpaged.size());
            List<FindingRow> paged = new ArrayList<>();
            for (int offset = 0; offset < unpaged.size() + 7; offset += 7) {
                FindingPage page = store.findings.page(filter, offset, 7);
                assertThat(page.hasMore()).as("more after %d of %s", offset, filter)
                        .isEqualTo(offset + 7 < unpaged.size());
                paged.addAll(page.rows());
            }
            assertThat(paged).as("pages of %s", filter).isEqualTo(unpaged);
        }
    }

    @Test
    void textFilterMatchesEveryWordInDescriptionOrSupplierIgnoringCase() {
        Finding fees = finding(sunrise, Severity.MAJOR, FindingStatus.OPEN, TODAY);
        Finding passports = store.findings.save(new Finding(UUID.randomUUID(), lotus.id(), null, List.of(PASSPORTS),
                Severity.ZERO_TOLERANCE, "Passports kept by HR at 100% of sites", "", null, Scope.SYSTEMIC, Set.of(),
                "", FindingStatus.OPEN, TODAY, "", 0));

        assertThat(ids(FindingFilter.all(TODAY).withText("PASSPORTS"))).containsExactly(passports.id());
        assertThat(ids(FindingFilter.all(TODAY).withText("  lotus   hr "))).containsExactly(passports.id());
        assertThat(ids(FindingFilter.all(TODAY).withText("sunrise fees"))).containsExactly(fees.id());
        assertThat(ids(FindingFilter.all(TODAY).withText("lotus fees"))).isEmpty();
        assertThat(ids(FindingFilter.all(TODAY).withText("0%"))).as("%% is not a wildcard").containsExactly(passports.id());
        assertThat(ids(FindingFilter.all(TODAY).withText("  "))).hasSize(2);
        assertThat(store.findings.page(FindingFilter.all(TODAY).withText("garments"), 0, 10).rows())
                .extracting(FindingRow::supplierName).containsExactly("Sunrise Garments");
    }

    @Test
    void emptyPortfolioHasNoPageNoCountAndNoForcedLabourRisk() {
        FindingFilter overdue = new FindingFilter(null, null, null, null, true, TODAY);
        for (FindingFilter filter : List.of(FindingFilter.all(TODAY), overdue, overdue.withText("sunrise"))) {
            FindingPage page = store.findings.page(filter, 0, FindingPage.DEFAULT_SIZE);
            assertThat(page.rows()).as("rows of %s", filter).isEmpty();
            assertThat(page.hasMore()).isFalse();
            assertThat(store.findings.count(filter)).as("count of %s", filter).isZero();
        }
        assertThat(store.dashboard.summary(TODAY).suppliersWithForcedLabourRisk()).isEmpty();
    }

    @Test
    void overdueOnlyCountsEachFindingWithAnOpenActionDueBeforeTodayOnce() {
        Finding twiceOverdue = finding(sunrise, Severity.MAJOR, FindingStatus.OPEN, TODAY);
        action(twiceOverdue, TODAY.minusDays(1), ActionStatus.OPEN);
        action(twiceOverdue, TODAY.minusDays(30), ActionStatus.IN_PROGRESS);
        Finding dueToday = finding(sunrise, Severity.MAJOR, FindingStatus.OPEN, TODAY);
        action(dueToday, TODAY, ActionStatus.OPEN);
        Finding done = finding(lotus, Severity.MINOR, FindingStatus.VERIFIED, TODAY);
        action(done, TODAY.minusDays(5), ActionStatus.DONE);
        Finding closedWithOverdueAction = finding(lotus, Severity.MINOR, FindingStatus.REMEDIATED, TODAY);
        action(closedWithOverdueAction, TODAY.minusDays(5), ActionStatus.OPEN);
        FindingFilter overdue = new FindingFilter(null, null, null, null, true, TODAY);

        assertThat(store.findings.count(overdue)).isEqualTo(2);
        assertThat(store.findings.page(overdue, 0, 10).rows()).extracting(row -> row.finding().id())
                .containsExactlyInAnyOrder(twiceOverdue.id(), closedWithOverdueAction.id());
        assertThat(store.findings.count(new FindingFilter(lotus.id(), null, null, null, true, TODAY))).isEqualTo(1);
        assertThat(store.dashboard.summary(TODAY).overdueActions()).isEqualTo(3);
    }

    @Test
    void forcedLabourRiskCountsClosedFindingsAndOnlyRequirementsOfTheCurrentCodeThatCarryAnIndicator() {
        Supplier delta = store.suppliers.save(Supplier.draft("delta Seafood", "TH"));
        // a verified finding still evidences the indicator of the requirement it breached
        finding(delta, null, Severity.MINOR, FindingStatus.VERIFIED, TODAY, List.of(FEES, PASSPORTS), Set.of());
        // FR-1 carries no indicator
        finding(sunrise, null, Severity.ZERO_TOLERANCE, FindingStatus.OPEN, TODAY, List.of(FEES), Set.of());
        // a requirement of a code the installation does not hold evidences nothing
        finding(lotus, null, Severity.MAJOR, FindingStatus.OPEN, TODAY,
                List.of(new RequirementKey("retired-code", "FR-3")), Set.of());
        Supplier echo = store.suppliers.save(Supplier.draft("Echo Toys", "VN"));
        finding(echo, null, Severity.OBSERVATION, FindingStatus.DISPUTED, TODAY, List.of(FEES),
                Set.of(ForcedLabourIndicator.ISOLATION));

        assertThat(store.dashboard.summary(TODAY).suppliersWithForcedLabourRisk())
                .containsExactly("delta Seafood", "Echo Toys");
    }

    private List<UUID> ids(FindingFilter filter) {
        return store.findings.search(filter).stream().map(row -> row.finding().id()).toList();
    }
}
