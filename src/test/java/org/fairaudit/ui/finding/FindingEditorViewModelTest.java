package org.fairaudit.ui.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Scope;
import org.fairaudit.domain.Severity;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.junit.jupiter.api.Test;

class FindingEditorViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private final Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private final InMemoryFindingService findings = new InMemoryFindingService(id -> "Golden Thread Garments");
    private final FindingEditorViewModel editor = FindingEditorViewModel.forDraft(draft(Severity.MAJOR), findings,
            new DirectUiExecutor(), clock);

    @Test
    void descriptionIsRequiredAndTheMessageShowsNextToTheField() {
        editor.save(() -> { });

        assertThat(editor.descriptionErrorProperty().get()).isEqualTo("Required");
        assertThat(findings.all()).isEmpty();
        editor.descriptionProperty().set("Passports held by the employer");
        assertThat(editor.descriptionErrorProperty().get()).isEmpty();
    }

    @Test
    void workersAffectedMustBeAWholeNumberOfZeroOrMore() {
        editor.descriptionProperty().set("Passports held");
        editor.workersAffected().textProperty().set("-2");
        assertThat(editor.validate()).isFalse();
        assertThat(editor.workersAffected().errorProperty().get()).isEqualTo("Cannot be negative");
        editor.workersAffected().textProperty().set("many");
        assertThat(editor.workersAffected().errorProperty().get()).isEqualTo("Enter a whole number");
        editor.workersAffected().textProperty().set("");
        assertThat(editor.validate()).isTrue();
    }

    @Test
    void changingSeverityReSuggestsTheDueDateUntilTheUserPicksOne() {
        ActionEditorViewModel action = editor.actions().get(0);
        assertThat(action.dueDateProperty().get()).isEqualTo(TODAY.plusDays(30));

        editor.severityProperty().set(Severity.ZERO_TOLERANCE);
        assertThat(action.dueDateProperty().get()).isEqualTo(TODAY.plusDays(7));
        assertThat(editor.containImmediatelyBinding().get()).isTrue();

        action.dueDateProperty().set(TODAY.plusDays(14));
        editor.severityProperty().set(Severity.MINOR);
        assertThat(action.dueDateProperty().get()).isEqualTo(TODAY.plusDays(14));
    }

    @Test
    void anActionWithAnOwnerNeedsAnActionText() {
        editor.descriptionProperty().set("Fees charged");
        editor.actions().get(0).ownerProperty().set("HR manager");

        assertThat(editor.validate()).isFalse();
        assertThat(editor.actions().get(0).actionErrorProperty().get()).isEqualTo("Required");
    }

    @Test
    void savesTheFindingAndItsFilledActionsButNotTheUntouchedPrefilledOne() {
        editor.descriptionProperty().set("Fees of 4,500 MYR charged by the agent");
        editor.workersAffected().textProperty().set("37");
        editor.scopeProperty().set(Scope.SYSTEMIC);
        editor.workerPseudonymsProperty().set("W-014, W-022");
        ActionEditorViewModel second = editor.addAction();
        second.actionProperty().set("Repay fees to all 37 workers");
        second.ownerProperty().set("Factory director");
        boolean[] saved = {false};

        editor.save(() -> saved[0] = true);

        assertThat(saved[0]).isTrue();
        Finding stored = findings.all().get(0);
        assertThat(stored.workersAffected()).isEqualTo(37);
        assertThat(stored.scope()).isEqualTo(Scope.SYSTEMIC);
        assertThat(stored.workerPseudonyms()).isEqualTo("W-014, W-022");
        assertThat(findings.actions(stored.id())).singleElement().satisfies(action -> {
            assertThat(action.owner()).isEqualTo("Factory director");
            assertThat(action.dueDate()).isEqualTo(TODAY.plusDays(30));
        });
    }

    @Test
    void savingTwiceUpdatesTheSameFindingWithItsNewVersion() {
        editor.descriptionProperty().set("Fees charged");
        editor.save(() -> { });
        editor.statusProperty().set(FindingStatus.IN_PROGRESS);
        editor.save(() -> { });

        assertThat(findings.all()).singleElement().satisfies(finding -> {
            assertThat(finding.status()).isEqualTo(FindingStatus.IN_PROGRESS);
            assertThat(finding.version()).isEqualTo(2);
        });
    }

    private static Finding draft(Severity severity) {
        return new Finding(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                List.of(new RequirementKey("fair-recruitment", "FR-1")), severity, "", "", null, Scope.ISOLATED,
                Set.of(), "", FindingStatus.OPEN, TODAY, "", 0);
    }
}
