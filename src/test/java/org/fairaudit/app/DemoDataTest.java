package org.fairaudit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.MonitorReport;
import org.fairaudit.domain.MonitorReportStatus;
import org.fairaudit.domain.ReviewEvent;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.ResponseResult;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Severity;
import org.fairaudit.service.ActionQueue;
import org.fairaudit.service.AuditSummary;
import org.fairaudit.service.DemoData;
import org.fairaudit.service.DashboardSummary;
import org.fairaudit.service.FindingFilter;
import org.fairaudit.service.HistoryEntry;
import org.fairaudit.service.ProgressListener;
import org.fairaudit.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo data a newcomer sees, made through the real services on a real database. */
class DemoDataTest {
    @TempDir
    Path dir;

    @Test
    void demoDataFillsEveryScreen() {
        try (AppContext context = AppContext.open(dir.resolve("demo"))) {
            Services s = context.services();
            s.profiles().createAndUse("Newcomer", Role.AUDITOR);
            assertThat(s.demoData().isDatabaseEmpty()).isTrue();

            s.demoData().createDemoData(ProgressListener.NONE);

            assertThat(s.demoData().isDatabaseEmpty()).isFalse();
            assertThat(s.suppliers().search("")).hasSize(3)
                    .allSatisfy(supplier -> {
                        assertThat(s.suppliers().latestWorkforce(supplier.id())).get()
                                .satisfies(w -> assertThat(w.migrants()).hasSizeGreaterThanOrEqualTo(2));
                        assertThat(s.suppliers().agencies(supplier.id())).isNotEmpty();
                    });

            List<AuditSummary> audits = s.audits().list();
            assertThat(audits).extracting(a -> a.audit().status())
                    .containsExactlyInAnyOrder(AuditStatus.IN_PROGRESS, AuditStatus.ACCEPTED, AuditStatus.SUBMITTED);
            AuditSummary inProgress = audits.stream()
                    .filter(a -> a.audit().status() == AuditStatus.IN_PROGRESS).findFirst().orElseThrow();
            assertThat(inProgress.assessed()).isBetween(1, inProgress.applicable() - 1);
            assertThat(s.audits().responses(inProgress.audit().id()))
                    .anyMatch(r -> r.result() == ResponseResult.NON_COMPLIANT);

            List<Finding> findings = s.findings().search(FindingFilter.all(LocalDate.now())).stream()
                    .map(row -> row.finding()).toList();
            assertThat(findings).hasSize(7).allSatisfy(f -> assertThat(f.requirements()).isNotEmpty());
            assertThat(findings).extracting(Finding::severity).contains(Severity.ZERO_TOLERANCE, Severity.MAJOR);
            assertThat(findings).anyMatch(f -> !f.workerPseudonyms().isBlank());

            DashboardSummary dashboard = s.dashboard().summary(LocalDate.now());
            assertThat(dashboard.overdueActions()).isPositive();
            assertThat(dashboard.auditsInProgress()).isEqualTo(1);
            assertThat(dashboard.suppliersWithForcedLabourRisk())
                    .contains("Perak Precision Electronics Sdn Bhd");
            assertThat(s.audits().rating(inProgress.audit().id()).zeroToleranceOverride()).isTrue();
        }
    }

    @Test
    void aReviewerGetsADemoMadeByADemoAuditorAndEveryRecordAgreesWithTheChangeLog() {
        try (AppContext context = AppContext.open(dir.resolve("demo"))) {
            Services s = context.services();
            s.profiles().createAndUse("Brand reviewer", Role.REVIEWER);

            s.demoData().createDemoData(ProgressListener.NONE);

            List<HistoryEntry> history = s.history().historyOf(
                    s.suppliers().search("").stream().map(supplier -> supplier.id()).toList());
            assertThat(history).isNotEmpty().allSatisfy(
                    entry -> assertThat(entry.author()).isEqualTo(DemoData.AUDITOR_NAME));
            assertThat(history.get(0).changes()).extracting(HistoryEntry.FieldChange::field).contains("name");
            assertThat(s.accounts().signInChoices()).extracting(Profile::name).containsExactly("Brand reviewer");
            // no false alarm: what the services store reads back exactly as the change log says
            assertThat(context.verifyChangeLog().isIntact()).as(context.verifyChangeLog().message()).isTrue();
        }
    }

    @Test
    void demoDataFillsTheReviewInbox() {
        try (AppContext context = AppContext.open(dir.resolve("demo"))) {
            Services s = context.services();
            s.profiles().createAndUse("Reviewer", Role.REVIEWER);
            s.demoData().createDemoData(ProgressListener.NONE);

            assertThat(s.review().submittedAudits()).hasSize(1);
            assertThat(s.review().reportsAwaitingReview()).extracting(row -> row.report().status())
                    .containsExactly(MonitorReportStatus.RECEIVED);
            MonitorReport substantiated = s.monitorReports().list().stream().map(row -> row.report())
                    .filter(r -> r.status() == MonitorReportStatus.SUBSTANTIATED).findFirst().orElseThrow();
            assertThat(s.history().historyOf(List.of(substantiated.id())).get(0).author()).isEqualTo(DemoData.MONITOR_NAME);
            assertThat(s.monitorReports().history(substantiated.id())).extracting(ReviewEvent::reviewerName)
                    .containsOnly(DemoData.REVIEWER_NAME).hasSize(2);
            assertThat(s.monitorReports().linkedFindings(substantiated.id())).singleElement()
                    .satisfies(f -> assertThat(f.openActions()).isEqualTo(1));
            assertThat(s.review().actions(ActionQueue.AWAITING_VERIFICATION, LocalDate.now())).isNotEmpty();
        }
    }
}
