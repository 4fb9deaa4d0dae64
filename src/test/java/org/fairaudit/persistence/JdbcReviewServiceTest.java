package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.Announcement;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.AuditType;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.MonitorReportStatus;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.ReviewEvent;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Scope;
import org.fairaudit.domain.Severity;
import org.fairaudit.domain.Supplier;
import org.fairaudit.service.AccessDeniedException;
import org.fairaudit.service.ActingProfile;
import org.fairaudit.service.ActionQueue;
import org.fairaudit.service.ActionRow;
import org.fairaudit.service.AuditSummary;
import org.fairaudit.service.TransitionRefusedException;
import org.fairaudit.service.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review inbox (accept, return with a comment) and the corrective-action queues with verification. */
class JdbcReviewServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final Profile REVIEWER = new Profile(UUID.randomUUID(), "Claire Reviewer", Role.REVIEWER);
    static final Profile AUDITOR = new Profile(UUID.randomUUID(), "Field Auditor", Role.AUDITOR);
    static final Profile MONITOR = new Profile(UUID.randomUUID(), "Union A", Role.MONITOR);

    @TempDir
    Path dir;
    Store store;
    Supplier sunrise;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        sunrise = store.suppliers.save(Supplier.draft("Sunrise Garments", "MY"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    JdbcReviewService as(Profile profile) {
        return new JdbcReviewService(store.database, new ActingProfile(profile));
    }

    Audit audit(AuditStatus status) {
        Audit created = store.audits.create(sunrise.id(), List.of(TestCodes.RECRUITMENT.ref()), AuditType.INITIAL,
                Announcement.ANNOUNCED, TODAY.minusDays(3), TODAY.minusDays(2), "Anjali", "");
        return store.audits.save(JdbcAuditServiceTest.withStatus(created, status));
    }

    @Test
    void submittedAuditsWaitInTheInbox() {
        Audit submitted = audit(AuditStatus.SUBMITTED);
        audit(AuditStatus.IN_PROGRESS);

        assertThat(as(REVIEWER).submittedAudits()).extracting(AuditSummary::audit).extracting(Audit::id)
                .containsExactly(submitted.id());
    }

    @Test
    void aReviewerAcceptsASubmittedAuditAndTheAcceptanceIsRecorded() {
        Audit submitted = audit(AuditStatus.SUBMITTED);

        Audit accepted = as(REVIEWER).accept(submitted.id(), "");

        assertThat(accepted.status()).isEqualTo(AuditStatus.ACCEPTED);
        assertThat(store.audits.find(submitted.id())).contains(accepted);
        assertThat(as(AUDITOR).auditHistory(submitted.id()))
                .extracting(ReviewEvent::from, ReviewEvent::to, ReviewEvent::reviewerId, ReviewEvent::reviewerName)
                .containsExactly(tuple(AuditStatus.SUBMITTED, AuditStatus.ACCEPTED, REVIEWER.id(), "Claire Reviewer"));
        assertThat(as(REVIEWER).submittedAudits()).isEmpty();
    }

    @Test
    void returningNeedsACommentWhichTheAuditorSees() {
        Audit submitted = audit(AuditStatus.SUBMITTED);

        assertThatThrownBy(() -> as(REVIEWER).returnToAuditor(submitted.id(), " "))
                .isInstanceOf(ValidationException.class);
        assertThat(store.audits.find(submitted.id()).orElseThrow().status()).isEqualTo(AuditStatus.SUBMITTED);

        Audit returned = as(REVIEWER).returnToAuditor(submitted.id(), "Interview counts missing for women workers");

        assertThat(returned.status()).isEqualTo(AuditStatus.RETURNED);
        assertThat(as(AUDITOR).auditHistory(submitted.id())).extracting(ReviewEvent::comment)
                .containsExactly("Interview counts missing for women workers");
    }

    @Test
    void onlySubmittedAuditsCanBeReviewed() {
        Audit inProgress = audit(AuditStatus.IN_PROGRESS);
        Audit submitted = audit(AuditStatus.SUBMITTED);
        as(REVIEWER).accept(submitted.id(), "Fine");

        assertThatThrownBy(() -> as(REVIEWER).accept(inProgress.id(), "")).isInstanceOf(TransitionRefusedException.class);
        assertThatThrownBy(() -> as(REVIEWER).returnToAuditor(submitted.id(), "Again"))
                .isInstanceOf(TransitionRefusedException.class);
        assertThat(as(REVIEWER).auditHistory(submitted.id())).hasSize(1);
    }

    @Test
    void anAuditorCannotReviewAndAMonitorCannotReadAudits() {
        Audit submitted = audit(AuditStatus.SUBMITTED);

        assertThatThrownBy(() -> as(AUDITOR).accept(submitted.id(), "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(AUDITOR).returnToAuditor(submitted.id(), "No"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(AUDITOR).submittedAudits()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(MONITOR).submittedAudits()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(MONITOR).auditHistory(submitted.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(MONITOR).actions(ActionQueue.OVERDUE, TODAY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(MONITOR).reportsAwaitingReview()).isInstanceOf(AccessDeniedException.class);
        assertThat(store.audits.find(submitted.id()).orElseThrow().status()).isEqualTo(AuditStatus.SUBMITTED);
    }

    @Test
    void reportsReceivedOrUnderReviewWaitInTheInbox() {
        JdbcMonitorReportService monitor = new JdbcMonitorReportService(store.database, new ActingProfile(MONITOR),
                store.codes);
        JdbcMonitorReportService reviewer = new JdbcMonitorReportService(store.database,
                new ActingProfile(REVIEWER), store.codes);
        UUID received = monitor.save(report()).id();
        UUID decided = monitor.save(report()).id();
        reviewer.changeStatus(decided, MonitorReportStatus.UNDER_REVIEW, "Checking");
        reviewer.changeStatus(decided, MonitorReportStatus.NOT_SUBSTANTIATED, "No evidence");

        assertThat(as(REVIEWER).reportsAwaitingReview()).extracting(row -> row.report().id()).containsExactly(received);
    }

    org.fairaudit.domain.MonitorReport report() {
        org.fairaudit.domain.MonitorReport draft = org.fairaudit.domain.MonitorReport.draft(MONITOR.id(), TODAY);
        return new org.fairaudit.domain.MonitorReport(draft.id(), sunrise.id(), "Union", TODAY, "Wages late", "", null,
                List.of(), Set.of(), "", "", true, draft.status(), MONITOR.id(), 0);
    }

    Finding finding(FindingStatus status) {
        return store.findings.save(new Finding(UUID.randomUUID(), sunrise.id(), null,
                List.of(new RequirementKey("fair-recruitment", "FR-1")), Severity.MAJOR, "Fees paid", "", 10,
                Scope.SYSTEMIC, Set.of(), "", status, TODAY.minusDays(60), "", 0));
    }

    CorrectiveAction action(Finding finding, LocalDate due, ActionStatus status) {
        return store.findings.saveAction(new CorrectiveAction(UUID.randomUUID(), finding.id(), "Repay fees",
                "HR", due, status, "", null, "", 0));
    }

    @Test
    void actionQueuesSplitDueSoonOverdueAndAwaitingVerification() {
        Finding open = finding(FindingStatus.IN_PROGRESS);
        CorrectiveAction dueSoon = action(open, TODAY.plusDays(14), ActionStatus.OPEN);
        action(open, TODAY.plusDays(15), ActionStatus.OPEN);
        CorrectiveAction overdue = action(open, TODAY.minusDays(1), ActionStatus.IN_PROGRESS);
        CorrectiveAction done = action(open, TODAY.minusDays(5), ActionStatus.DONE);
        Finding remediated = finding(FindingStatus.REMEDIATED);
        CorrectiveAction ofRemediated = action(remediated, TODAY.plusDays(40), ActionStatus.IN_PROGRESS);
        action(remediated, TODAY.minusDays(40), ActionStatus.VERIFIED);

        JdbcReviewService reviewer = as(REVIEWER);
        assertThat(ids(reviewer.actions(ActionQueue.DUE_SOON, TODAY))).containsExactly(dueSoon.id());
        assertThat(ids(reviewer.actions(ActionQueue.OVERDUE, TODAY))).containsExactly(overdue.id());
        assertThat(ids(reviewer.actions(ActionQueue.AWAITING_VERIFICATION, TODAY)))
                .containsExactly(done.id(), ofRemediated.id());
        assertThat(reviewer.actions(ActionQueue.OVERDUE, TODAY)).singleElement().satisfies(row -> {
            assertThat(row.supplierName()).isEqualTo("Sunrise Garments");
            assertThat(row.requirements()).containsExactly(new RequirementKey("fair-recruitment", "FR-1"));
            assertThat(row.severity()).isEqualTo(Severity.MAJOR);
        });
    }

    static List<UUID> ids(List<ActionRow> rows) {
        return rows.stream().map(row -> row.action().id()).toList();
    }

    @Test
    void verifyingTheLastActionClosesTheFinding() {
        Finding remediated = finding(FindingStatus.REMEDIATED);
        CorrectiveAction first = action(remediated, TODAY.minusDays(10), ActionStatus.DONE);
        CorrectiveAction second = action(remediated, TODAY.minusDays(5), ActionStatus.DONE);
        JdbcReviewService reviewer = as(REVIEWER);

        CorrectiveAction verified = reviewer.verify(first.id(), "Payroll check", TODAY, "Claire", TODAY);
        assertThat(verified.status()).isEqualTo(ActionStatus.VERIFIED);
        assertThat(verified.verificationMethod()).isEqualTo("Payroll check");
        assertThat(verified.verifiedOn()).isEqualTo(TODAY);
        assertThat(verified.verifier()).isEqualTo("Claire");
        assertThat(store.findings.find(remediated.id()).orElseThrow().status()).isEqualTo(FindingStatus.REMEDIATED);

        reviewer.verify(second.id(), "Worker interviews", TODAY.minusDays(1), "Claire", TODAY);
        assertThat(store.findings.find(remediated.id()).orElseThrow().status()).isEqualTo(FindingStatus.VERIFIED);
        assertThat(reviewer.actions(ActionQueue.AWAITING_VERIFICATION, TODAY)).isEmpty();
    }

    @Test
    void verificationNeedsMethodPastDateAndVerifierAndHappensOnce() {
        CorrectiveAction done = action(finding(FindingStatus.REMEDIATED), TODAY, ActionStatus.DONE);
        JdbcReviewService reviewer = as(REVIEWER);

        assertThatThrownBy(() -> reviewer.verify(done.id(), "", TODAY.plusDays(1), " ", TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field())
                        .containsExactlyInAnyOrder("verificationMethod", "verifiedOn", "verifier"));
        reviewer.verify(done.id(), "Site visit", TODAY, "Claire", TODAY);
        assertThatThrownBy(() -> reviewer.verify(done.id(), "Again", TODAY, "Claire", TODAY))
                .isInstanceOf(TransitionRefusedException.class);
        assertThatThrownBy(() -> as(AUDITOR).verify(done.id(), "Site visit", TODAY, "Anjali", TODAY))
                .isInstanceOf(AccessDeniedException.class);
    }
}
