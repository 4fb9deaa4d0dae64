package org.fairaudit.ui.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Scope;
import org.fairaudit.domain.Severity;
import org.fairaudit.service.CapField;
import org.fairaudit.service.CapRow;
import org.fairaudit.service.CapSheet;
import org.fairaudit.service.ImportProblem;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.fairaudit.ui.common.ImportReview;
import org.fairaudit.ui.fakes.FakeProfiles;
import org.fairaudit.ui.fakes.SheetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CapImportViewModelTest {
    private final InMemoryFindingService findings = new InMemoryFindingService(id -> "Harbour Seafood");
    private final FakeProfiles profiles = new FakeProfiles();
    private Finding finding;
    private CorrectiveAction action;
    private int refreshes;

    @BeforeEach
    void storeAFindingWithAnAction() {
        profiles.current = new Profile(UUID.randomUUID(), "Aye Thandar", Role.AUDITOR);
        finding = findings.save(new Finding(UUID.randomUUID(), UUID.randomUUID(), null,
                List.of(new RequirementKey("fair-recruitment", "FR-1")), Severity.ZERO_TOLERANCE,
                "Workers paid fees", "", 12, Scope.SYSTEMIC, Set.of(), "", FindingStatus.OPEN,
                LocalDate.of(2026, 5, 2), "", 0));
        action = findings.saveAction(new CorrectiveAction(UUID.randomUUID(), finding.id(), "Repay the fees",
                "HR", LocalDate.of(2026, 6, 1), ActionStatus.OPEN, "", null, "", 0));
    }

    private CapImportViewModel viewModel(List<CapRow> rows, List<ImportProblem> problems) {
        CapSheet sheet = new CapSheet("cap.xlsx", "Findings & CAP", "A", "B",
                Map.of(CapField.OWNER, "N", CapField.ACTION_STATUS, "P"), rows, problems);
        return new CapImportViewModel(SheetImports.cap(findings, profiles, sheet), profiles, new DirectUiExecutor(),
                () -> refreshes++);
    }

    @Test
    void theReviewListsTheChangesAndApplyStoresThem() {
        CapImportViewModel cap = viewModel(List.of(new CapRow(2, finding.id(), action.id(),
                Map.of(CapField.OWNER, "Factory director", CapField.ACTION_STATUS, ActionStatus.DONE))), List.of());

        cap.preview(Path.of("cap.xlsx"));

        ImportReview review = cap.reviewProperty().get();
        assertThat(review.canApply()).isTrue();
        assertThat(review.lines()).containsExactly(
                "Row 2 · " + action.id().toString().substring(0, 8) + " · Owner: HR \u2192 Factory director",
                "Row 2 · " + action.id().toString().substring(0, 8) + " · Action status: Open \u2192 Done");
        assertThat(findings.actions(finding.id()).get(0).owner()).isEqualTo("HR");

        cap.apply();

        assertThat(findings.actions(finding.id()).get(0).owner()).isEqualTo("Factory director");
        assertThat(cap.reviewProperty().get()).isNull();
        assertThat(cap.messageProperty().get()).isEqualTo("2 change(s) from cap.xlsx stored");
        assertThat(refreshes).isEqualTo(1);
    }

    @Test
    void aSheetWithRefusedRowsCannotBeApplied() {
        CapImportViewModel cap = viewModel(List.of(new CapRow(2, finding.id(), action.id(),
                Map.of(CapField.OWNER, "Factory director"))),
                List.of(new ImportProblem("cap.xlsx", "Findings & CAP", 3, "P", "unknown status 'Finished'")));

        cap.preview(Path.of("cap.xlsx"));
        assertThat(cap.reviewProperty().get().canApply()).isFalse();
        assertThat(cap.reviewProperty().get().rejected())
                .containsExactly("cap.xlsx, sheet 'Findings & CAP', row 3, column P: unknown status 'Finished'");
        cap.apply();

        assertThat(findings.actions(finding.id()).get(0).owner()).isEqualTo("HR");
        assertThat(refreshes).isZero();
    }

    @Test
    void anAuditorMayNotRecordAVerification() {
        CapImportViewModel cap = viewModel(List.of(new CapRow(2, finding.id(), action.id(),
                Map.of(CapField.ACTION_STATUS, ActionStatus.VERIFIED))), List.of());

        cap.preview(Path.of("cap.xlsx"));

        assertThat(cap.reviewProperty().get().rejected())
                .containsExactly("cap.xlsx, sheet 'Findings & CAP', row 2, column P: your role may not record verifications");
    }
}
