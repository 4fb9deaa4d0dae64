package org.fairaudit.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.ReviewEvent;
import org.fairaudit.domain.EvidenceSource;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.ResponseResult;
import org.fairaudit.domain.Severity;
import org.fairaudit.ui.finding.ActionEditorViewModel;
import org.fairaudit.ui.finding.FindingEditorViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChecklistViewModelTest {
    private AuditFixture fixture;
    private final List<ManualDebounce> debounces = new ArrayList<>();
    private ChecklistViewModel checklist;
    private final List<FindingEditorViewModel> breaches = new ArrayList<>();

    @BeforeEach
    void openChecklist() {
        fixture = new AuditFixture();
        checklist = new ChecklistViewModel(fixture.audit.id(), fixture.deps(debounces));
        checklist.setOnBreach(draft -> {
            breaches.add(draft);
            return false; // the auditor cancels the dialog
        });
        checklist.load();
    }

    @Test
    void loadsRequirementsGroupedByCodeAndSectionAndSelectsTheFirst() {
        assertThat(checklist.groupsProperty().get()).extracting(group -> group.section().id())
                .containsExactly("fees", "documents");
        assertThat(checklist.items()).hasSize(5);
        assertThat(selectedRef()).isEqualTo("FR-1");
        assertThat(checklist.header().supplierNameProperty().get()).isEqualTo("Golden Thread Garments");
    }

    @Test
    void eachResultKeySetsItsResultCommitsItAndMovesToTheNextRequirement() {
        checklist.onKey(KeyCode.C);
        checklist.onKey(KeyCode.O);
        checklist.onKey(KeyCode.A);
        checklist.onKey(KeyCode.U);

        assertThat(checklist.items()).extracting(ChecklistItem::result).containsExactly(
                ResponseResult.COMPLIANT, ResponseResult.OBSERVATION, ResponseResult.NOT_APPLICABLE,
                ResponseResult.NOT_ASSESSED, ResponseResult.NOT_ASSESSED);
        assertThat(fixture.audits.responseFor("FR-1").result()).isEqualTo(ResponseResult.COMPLIANT);
        assertThat(fixture.audits.responseFor("FR-3").result()).isEqualTo(ResponseResult.NOT_APPLICABLE);
        assertThat(selectedRef()).isEqualTo("FR-5");
        assertThat(checklist.saveStateProperty().get()).isEqualTo(SaveLane.State.SAVED);
    }

    @Test
    void jkAndArrowsMoveWithoutChangingResultsAndStopAtTheEnds() {
        assertThat(checklist.onKey(KeyCode.K)).isTrue();
        assertThat(selectedRef()).isEqualTo("FR-1");
        checklist.onKey(KeyCode.J);
        checklist.onKey(KeyCode.DOWN);
        assertThat(selectedRef()).isEqualTo("FR-3");
        checklist.onKey(KeyCode.UP);
        assertThat(selectedRef()).isEqualTo("FR-2");
        assertThat(checklist.onKey(KeyCode.X)).isFalse();
        assertThat(fixture.audits.savedResponses).isEmpty();
    }

    @Test
    void progressCountsAssessedOverApplicableAndTheRatingFollows() {
        assertThat(checklist.assessedBinding().get()).isZero();
        assertThat(checklist.applicableBinding().get()).isEqualTo(5);
        assertThat(checklist.ratingTextProperty().get()).startsWith("No score yet");

        checklist.onKey(KeyCode.C);
        checklist.onKey(KeyCode.C);
        checklist.onKey(KeyCode.A);

        assertThat(checklist.assessedBinding().get()).isEqualTo(2);
        assertThat(checklist.applicableBinding().get()).isEqualTo(4);
        assertThat(checklist.ratingTextProperty().get()).startsWith("Score 100 % · Grade A");
    }

    @Test
    void nonCompliantOpensAFindingPrefilledFromTheRequirement() {
        checklist.onKey(KeyCode.N);

        assertThat(breaches).hasSize(1);
        FindingEditorViewModel draft = breaches.get(0);
        assertThat(draft.requirementsText()).isEqualTo("fair-recruitment:FR-1");
        assertThat(draft.severityProperty().get()).isEqualTo(Severity.MAJOR);
        assertThat(draft.indicatorProperty(ForcedLabourIndicator.DEBT_BONDAGE).get()).isTrue();
        assertThat(draft.containImmediatelyBinding().get()).isFalse();
        ActionEditorViewModel action = draft.actions().get(0);
        assertThat(action.dueDateProperty().get()).isEqualTo(AuditFixture.TODAY.plusDays(30));
        assertThat(action.statusProperty().get()).isEqualTo(ActionStatus.OPEN);
        assertThat(selectedRef()).as("moved on while the dialog is open").isEqualTo("FR-2");
    }

    @Test
    void zeroToleranceBreachIsDueInSevenDaysAndAsksForImmediateContainment() {
        checklist.onKey(KeyCode.J);
        checklist.onKey(KeyCode.J);
        checklist.onKey(KeyCode.N);

        FindingEditorViewModel draft = breaches.get(0);
        assertThat(draft.severityProperty().get()).isEqualTo(Severity.ZERO_TOLERANCE);
        assertThat(draft.containImmediatelyBinding().get()).isTrue();
        assertThat(draft.actions().get(0).dueDateProperty().get()).isEqualTo(AuditFixture.TODAY.plusDays(7));
    }

    @Test
    void cancellingTheFindingKeepsTheNonCompliantResultWithoutAFinding() {
        checklist.onKey(KeyCode.N);

        assertThat(fixture.audits.responseFor("FR-1").result()).isEqualTo(ResponseResult.NON_COMPLIANT);
        assertThat(fixture.findings.all()).isEmpty();
    }

    @Test
    void savingTheDraftRecordsTheFindingAndItsAction() {
        checklist.setOnBreach(draft -> {
            draft.descriptionProperty().set("Workers paid 4,500 MYR to an agent in Dhaka.");
            draft.actions().get(0).actionProperty().set("Repay all fees within 30 days");
            draft.actions().get(0).ownerProperty().set("HR manager");
            boolean[] saved = {false};
            draft.save(() -> saved[0] = true);
            return saved[0];
        });

        checklist.onKey(KeyCode.N);

        assertThat(fixture.findings.all()).singleElement().satisfies(finding -> {
            assertThat(finding.auditId()).isEqualTo(fixture.audit.id());
            assertThat(finding.severity()).isEqualTo(Severity.MAJOR);
        });
        assertThat(fixture.findings.actions(fixture.findings.all().get(0).id())).singleElement()
                .satisfies(action -> assertThat(action.owner()).isEqualTo("HR manager"));
    }

    @Test
    void settingNonCompliantAgainDoesNotAskForASecondFinding() {
        checklist.setOnBreach(draft -> {
            breaches.add(draft);
            draft.descriptionProperty().set("Workers paid 4,500 MYR to an agent in Dhaka.");
            draft.actions().get(0).actionProperty().set("Repay all fees within 30 days");
            boolean[] saved = {false};
            draft.save(() -> saved[0] = true);
            return saved[0];
        });
        checklist.onKey(KeyCode.N);
        checklist.onKey(KeyCode.K);
        checklist.onKey(KeyCode.N);

        assertThat(breaches).hasSize(1);
    }

    @Test
    void settingNonCompliantAgainAsksAgainWhileTheBreachHasNoFinding() {
        checklist.onKey(KeyCode.N); // cancelled: no finding yet
        checklist.onKey(KeyCode.K);
        checklist.onKey(KeyCode.N);

        assertThat(breaches).hasSize(2);
        assertThat(breaches.get(1).requirementsText()).isEqualTo(breaches.get(0).requirementsText());
    }

    @Test
    void notesAreCommittedAfterThePauseInTypingNotOnEveryKeystroke() {
        ResponseEditorViewModel editor = checklist.editor();
        ManualDebounce typingPause = debounces.get(1);

        editor.notesProperty().set("Passports");
        editor.notesProperty().set("Passports kept in the HR office safe");
        assertThat(fixture.audits.savedResponses).isEmpty();
        assertThat(typingPause.isPending()).isTrue();

        typingPause.elapse();

        assertThat(fixture.audits.savedResponses).hasSize(1);
        assertThat(fixture.audits.responseFor("FR-1").notes()).isEqualTo("Passports kept in the HR office safe");
    }

    @Test
    void typedNotesAreCommittedBeforeAnotherRequirementIsShown() {
        checklist.editor().interviewNotesProperty().set("W-014: agent kept passport");

        checklist.onKey(KeyCode.J);

        assertThat(fixture.audits.responseFor("FR-1").interviewNotes()).isEqualTo("W-014: agent kept passport");
        assertThat(checklist.editor().interviewNotesProperty().get()).isEmpty();
    }

    @Test
    void evidenceTicksAreCommittedAtOnceAndKeepEarlierNotes() {
        checklist.editor().notesProperty().set("Payslips checked");
        checklist.editor().flush();
        checklist.editor().evidenceProperty(EvidenceSource.DOCUMENTS).set(true);

        assertThat(fixture.audits.responseFor("FR-1").evidence()).containsExactly(EvidenceSource.DOCUMENTS);
        assertThat(fixture.audits.responseFor("FR-1").notes()).isEqualTo("Payslips checked");
        assertThat(fixture.audits.responseFor("FR-1").version()).isEqualTo(2);
    }

    @Test
    void attachmentsAreAddedInTheBackgroundAndListedWithShortHash() throws Exception {
        Path file = java.nio.file.Files.writeString(java.nio.file.Files.createTempFile("fee-receipt", ".txt"), "receipt");

        checklist.editor().addAttachment(file);

        assertThat(checklist.editor().attachments()).singleElement().satisfies(row -> {
            assertThat(row.fileName()).startsWith("fee-receipt");
            assertThat(row.size()).isEqualTo("7 B");
            assertThat(row.shortSha()).hasSize(12);
        });
    }

    @Test
    void negativeInterviewCountsAreRefusedNextToTheFieldAndNotSaved() {
        AuditHeaderViewModel header = checklist.header();
        header.migrant().textProperty().set("-3");
        header.flush();

        assertThat(header.migrant().errorProperty().get()).isEqualTo("Cannot be negative");
        assertThat(fixture.audits.savedAudits).isEmpty();

        header.migrant().textProperty().set("12");
        header.women().textProperty().set("7");
        debounces.get(0).elapse();

        assertThat(fixture.audits.savedAudits).singleElement()
                .satisfies(audit -> assertThat(audit.interviews().migrant()).isEqualTo(12));
    }

    @Test
    void statusChangeIsSavedAtOnceAndASubmittedChecklistIgnoresResultKeys() {
        checklist.header().statusProperty().set(AuditStatus.SUBMITTED);

        assertThat(fixture.audits.find(fixture.audit.id()).orElseThrow().status()).isEqualTo(AuditStatus.SUBMITTED);
        checklist.onKey(KeyCode.C);
        assertThat(checklist.items().get(0).result()).isEqualTo(ResponseResult.NOT_ASSESSED);
    }

    @Test
    void aReturnedAuditShowsTheAuditorWhoReturnedItAndWhyUntilWorkGoesOn() {
        storeStatus(AuditStatus.RETURNED);
        fixture.reviewEvents.add(new ReviewEvent<>(java.util.UUID.randomUUID(), fixture.audit.id(),
                AuditStatus.SUBMITTED, AuditStatus.RETURNED, "Interview counts for women are missing",
                java.util.UUID.randomUUID(), "Claire Dubois", java.time.Instant.parse("2026-03-09T10:00:00Z")));
        checklist.load();

        assertThat(checklist.header().returnNoticeProperty().get())
                .isEqualTo("Returned by Claire Dubois on 2026-03-09: Interview counts for women are missing");
        assertThat(checklist.editableProperty().get()).isTrue();

        checklist.header().statusProperty().set(AuditStatus.IN_PROGRESS);
        assertThat(checklist.header().returnNoticeProperty().get()).isEmpty();
    }

    @Test
    void anAuditThatWasNeverReturnedHasNoReturnBanner() {
        checklist.load();
        assertThat(checklist.header().returnNoticeProperty().get()).isEmpty();
    }

    @Test
    void anAcceptedAuditOpensReadOnlyWithABannerAndIgnoresResultKeysButStillMoves() {
        storeStatus(AuditStatus.ACCEPTED);
        checklist.load();

        assertThat(checklist.editableProperty().get()).isFalse();
        assertThat(checklist.header().closedNoticeProperty().get())
                .isEqualTo("Accepted — the checklist is closed. Set the status to Returned to edit.");
        checklist.onKey(KeyCode.N);
        checklist.setResult(ResponseResult.COMPLIANT);
        assertThat(checklist.items()).extracting(ChecklistItem::result).containsOnly(ResponseResult.NOT_ASSESSED);
        assertThat(fixture.audits.savedResponses).isEmpty();
        assertThat(breaches).isEmpty();

        checklist.onKey(KeyCode.J);
        assertThat(selectedRef()).isEqualTo("FR-2");
    }

    @Test
    void returningAnAcceptedAuditMakesTheChecklistEditableAgainAtOnce() {
        storeStatus(AuditStatus.ACCEPTED);
        checklist.load();

        checklist.header().statusProperty().set(AuditStatus.RETURNED);

        assertThat(checklist.editableProperty().get()).isTrue();
        assertThat(checklist.header().closedNoticeProperty().get()).isEmpty();
        assertThat(fixture.audits.find(fixture.audit.id()).orElseThrow().status()).isEqualTo(AuditStatus.RETURNED);
        checklist.onKey(KeyCode.C);
        assertThat(fixture.audits.responseFor("FR-1").result()).isEqualTo(ResponseResult.COMPLIANT);
    }

    @Test
    void editsRefusedBecauseTheAuditWasAcceptedMeanwhileSayWhyInWords() throws Exception {
        storeStatus(AuditStatus.ACCEPTED); // in another window, after this checklist was opened
        Path file = java.nio.file.Files.writeString(java.nio.file.Files.createTempFile("payslip", ".txt"), "payslip");
        String closed = "This audit is accepted: its checklist can no longer be changed. Return it to edit.";

        checklist.onKey(KeyCode.C);
        checklist.editor().addAttachment(file);

        assertThat(checklist.saveStateProperty().get()).isEqualTo(SaveLane.State.FAILED);
        assertThat(checklist.saveFailureProperty().get()).isEqualTo(closed);
        assertThat(checklist.editor().attachmentMessageProperty().get()).endsWith(closed);
        assertThat(fixture.audits.responseFor("FR-1").result()).isEqualTo(ResponseResult.NOT_ASSESSED);
        assertThat(checklist.editor().attachments()).isEmpty();
    }

    @Test
    void exportWritesToTheChosenPathWithoutConfidentialFieldsByDefault() {
        Path target = Path.of("target", "test-tmp", "report.xlsx");

        checklist.export().export(target);

        assertThat(fixture.reports.exports).containsExactly(
                RecordingReportService.Export.redacted(fixture.audit.id(), target));
        assertThat(checklist.export().messageProperty().get()).contains("report.xlsx");
        assertThat(checklist.defaultReportFileName()).isEqualTo("Golden-Thread-Garments-2026-03-10-audit.xlsx");
    }

    private void storeStatus(AuditStatus status) {
        Audit a = fixture.audits.find(fixture.audit.id()).orElseThrow();
        fixture.audits.save(new Audit(a.id(), a.supplierId(), a.codes(), a.type(), a.announcement(), a.startDate(),
                a.endDate(), a.leadAuditor(), a.team(), status, a.interviews(), a.version()));
    }

    private String selectedRef() {
        return checklist.selectedProperty().get().requirement().ref();
    }
}
