package org.fairaudit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FindingDraftsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Audit AUDIT = new Audit(UUID.randomUUID(), UUID.randomUUID(), List.of(new CodeRef("fl", "1.0")),
            AuditType.INITIAL, Announcement.ANNOUNCED, TODAY, TODAY, "Lead", "", AuditStatus.IN_PROGRESS,
            InterviewCounts.NONE, 0);

    @Test
    void breachPrefillsRequirementSeverityIndicatorAndSupplier() {
        Requirement passports = new Requirement("FL-7", "No retention", "", List.of(), List.of("C29"),
                List.of("identity-documents"), Severity.MAJOR, true, ForcedLabourIndicator.RETENTION_OF_IDENTITY_DOCUMENTS, true);
        CodeOfConduct code = new CodeOfConduct("fl", "FL", "1.0", "i", "en", "",
                List.of(new CodeSection("s", "S", List.of(passports))));

        Finding draft = FindingDrafts.fromBreach(AUDIT, code, passports, TODAY);

        assertThat(draft.supplierId()).isEqualTo(AUDIT.supplierId());
        assertThat(draft.auditId()).isEqualTo(AUDIT.id());
        assertThat(draft.requirements()).containsExactly(new RequirementKey("fl", "FL-7"));
        assertThat(draft.severity()).as("zero-tolerance flag wins over the default").isEqualTo(Severity.ZERO_TOLERANCE);
        assertThat(draft.indicators()).containsExactly(ForcedLabourIndicator.RETENTION_OF_IDENTITY_DOCUMENTS);
        assertThat(draft.status()).isEqualTo(FindingStatus.OPEN);
        assertThat(draft.raisedOn()).isEqualTo(TODAY);
    }

    @Test
    void actionDueDateFollowsSeverity() {
        Finding major = FindingDrafts.fromBreach(AUDIT, TestCodes.code("fl", 1), TestCodes.requirement("X-1"), TODAY);
        assertThat(FindingDrafts.actionFor(major, TODAY).dueDate()).isEqualTo(TODAY.plusDays(30));

        assertThat(Severity.ZERO_TOLERANCE.defaultDueDate(TODAY)).contains(TODAY.plusDays(7));
        assertThat(Severity.MINOR.defaultDueDate(TODAY)).contains(TODAY.plusDays(90));
        assertThat(Severity.OBSERVATION.defaultDueDate(TODAY)).isEmpty();
        assertThat(Severity.ZERO_TOLERANCE.needsImmediateContainment()).isTrue();
    }

    @Test
    void actionIsOverdueOnlyWhenOpenAndPastDue() {
        CorrectiveAction action = new CorrectiveAction(UUID.randomUUID(), UUID.randomUUID(), "Repay fees", "HR",
                TODAY.minusDays(1), ActionStatus.OPEN, "", null, "", 0);
        assertThat(action.isOverdue(TODAY)).isTrue();
        assertThat(action.isOverdue(TODAY.minusDays(1))).isFalse();
        CorrectiveAction done = new CorrectiveAction(action.id(), action.findingId(), "Repay fees", "HR",
                TODAY.minusDays(1), ActionStatus.DONE, "", null, "", 0);
        assertThat(done.isOverdue(TODAY)).isFalse();
    }
}
