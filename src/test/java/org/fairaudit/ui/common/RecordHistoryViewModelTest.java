package org.fairaudit.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.fairaudit.service.HistoryEntry;
import org.fairaudit.service.HistoryEntry.FieldChange;
import org.fairaudit.ui.common.RecordHistoryViewModel.HistoryRow;
import org.fairaudit.ui.fakes.RecordingErrors;
import org.junit.jupiter.api.Test;

class RecordHistoryViewModelTest {
    private static final Instant CREATED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant RENAMED = Instant.parse("2026-03-03T09:30:00Z");

    @Test
    void showsOneRowPerChangedFieldNewestFirstAndOneForACreation() {
        UUID supplier = UUID.randomUUID();
        List<HistoryEntry> log = List.of(
                new HistoryEntry(1, CREATED, "Aye Thandar", "supplier", "INSERT",
                        List.of(new FieldChange("name", "", "Sunrise Garments"), new FieldChange("country", "", "MY"))),
                new HistoryEntry(2, RENAMED, "Claire Dubois", "supplier", "UPDATE",
                        List.of(new FieldChange("name", "Sunrise Garments", "Sunrise Apparel"))));
        RecordingErrors errors = new RecordingErrors();
        RecordHistoryViewModel viewModel = new RecordHistoryViewModel(ids -> {
            assertThat(ids).containsExactly(supplier);
            return log;
        }, new DirectUiExecutor(), errors);

        viewModel.load(() -> List.of(supplier));

        assertThat(viewModel.rows()).containsExactly(
                new HistoryRow(RENAMED, "Claire Dubois", "supplier", "UPDATE", "name", "Sunrise Garments",
                        "Sunrise Apparel"),
                new HistoryRow(CREATED, "Aye Thandar", "supplier", "INSERT", "", "", ""));
        assertThat(errors.reported).isEmpty();
    }
}
