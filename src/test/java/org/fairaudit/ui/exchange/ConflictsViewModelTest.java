package org.fairaudit.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.fairaudit.domain.Role;
import org.fairaudit.service.Conflict;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.fairaudit.ui.fakes.FakeExchange;
import org.fairaudit.ui.fakes.FakeProfiles;
import org.junit.jupiter.api.Test;

class ConflictsViewModelTest {
    private final FakeExchange exchange = new FakeExchange();
    private final FakeProfiles profiles = new FakeProfiles();
    private final Conflict conflict = new Conflict(UUID.randomUUID(), "finding", UUID.randomUUID(), "Aye Thandar",
            Instant.parse("2026-11-27T10:00:00Z"), List.of(
                    new Conflict.Field("description", "Passports kept in the safe", "Passports kept by HR", true),
                    new Conflict.Field("owner", "HR manager", "HR manager", true),
                    new Conflict.Field("severity", "MAJOR", "ZERO_TOLERANCE", false)));

    ConflictsViewModelTest() {
        exchange.conflicts.add(conflict);
    }

    private ConflictsViewModel signedInAs(Role role) {
        profiles.createAndUse("Someone", role);
        ConflictsViewModel viewModel = new ConflictsViewModel(exchange, profiles, new DirectUiExecutor());
        viewModel.refresh();
        return viewModel;
    }

    @Test
    void onlyDifferingTextFieldsGetAMergedTextStartingFromMine() {
        ConflictsViewModel viewModel = signedInAs(Role.REVIEWER);
        viewModel.selectedProperty().set(viewModel.conflicts().get(0));

        assertThat(viewModel.fields()).extracting(Conflict.Field::name)
                .containsExactly("description", "severity", "owner"); // the differing ones first
        assertThat(viewModel.mergedText()).containsOnlyKeys("description");
        assertThat(viewModel.mergedText().get("description").get()).isEqualTo("Passports kept in the safe");
    }

    @Test
    void mergingSendsTheEditedTextsAndReloads() {
        ConflictsViewModel viewModel = signedInAs(Role.REVIEWER);
        viewModel.selectedProperty().set(viewModel.conflicts().get(0));
        viewModel.mergedText().get("description").set("Passports kept by HR in the safe");

        viewModel.merge();

        assertThat(exchange.resolutions).containsExactly("MERGE {description=Passports kept by HR in the safe}");
        assertThat(viewModel.conflicts()).isEmpty();
        assertThat(viewModel.selectedProperty().get()).isNull();
        assertThat(viewModel.fields()).isEmpty();
    }

    @Test
    void keepMineAndTakeTheirsSendNoText() {
        ConflictsViewModel viewModel = signedInAs(Role.REVIEWER);
        viewModel.selectedProperty().set(viewModel.conflicts().get(0));
        viewModel.takeTheirs();

        assertThat(exchange.resolutions).containsExactly("TAKE_THEIRS {}");
        viewModel.keepMine(); // nothing selected any more: nothing sent
        assertThat(exchange.resolutions).hasSize(1);
    }

    @Test
    void aConflictIsNamedByItsRecordsNameWhenItHasOne() {
        assertThat(ConflictsViewModel.recordLabel(conflict)).isEqualTo(conflict.recordId().toString());
        Conflict supplier = new Conflict(UUID.randomUUID(), "supplier", UUID.randomUUID(), "Aye Thandar",
                Instant.now(), List.of(new Conflict.Field("name", "Golden Thread", "Golden Thread Sdn Bhd", true)));
        assertThat(ConflictsViewModel.recordLabel(supplier)).isEqualTo("Golden Thread");
    }

    @Test
    void aRoleThatMayNotResolveSeesNoConflicts() {
        ConflictsViewModel viewModel = signedInAs(Role.AUDITOR);

        assertThat(viewModel.mayResolve()).isFalse();
        assertThat(viewModel.conflicts()).isEmpty();
    }
}
