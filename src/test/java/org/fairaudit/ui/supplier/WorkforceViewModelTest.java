package org.fairaudit.ui.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.fairaudit.domain.MigrantGroup;
import org.fairaudit.domain.Supplier;
import org.fairaudit.domain.WorkforceProfile;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.fairaudit.ui.fakes.InMemorySupplierService;
import org.fairaudit.ui.fakes.RecordingErrors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkforceViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private final InMemorySupplierService service = new InMemorySupplierService();
    private final Supplier supplier = service.add("Golden Thread Garments", "MY");
    private WorkforceViewModel workforce;

    @BeforeEach
    void setUp() {
        workforce = new WorkforceViewModel(service, new DirectUiExecutor(), new RecordingErrors(),
                Clock.fixed(Instant.parse("2026-11-28T08:00:00Z"), ZoneOffset.UTC));
        workforce.load(supplier.id());
    }

    @Test
    void aSupplierWithoutProfileStartsToday() {
        assertThat(workforce.asOfProperty().get()).isEqualTo(TODAY);
        assertThat(workforce.migrants()).isEmpty();
    }

    @Test
    void partsAboveTheTotalAreShownNextToTheirField() {
        workforce.countProperty(WorkforceViewModel.TOTAL).set("100");
        workforce.countProperty(WorkforceViewModel.WOMEN).set("120");
        workforce.countProperty(WorkforceViewModel.YOUNG).set("-1");
        workforce.countProperty(WorkforceViewModel.HOUSING).set("lots");

        assertThat(workforce.fieldErrors().message(WorkforceViewModel.WOMEN))
                .isEqualTo(Messages.get("validation.exceedsTotal"));
        assertThat(workforce.fieldErrors().message(WorkforceViewModel.YOUNG))
                .isEqualTo(Messages.get("validation.nonNegative"));
        assertThat(workforce.fieldErrors().message(WorkforceViewModel.HOUSING))
                .isEqualTo(Messages.get("supplier.validation.wholeNumber"));
        assertThat(workforce.fieldErrors().message(WorkforceViewModel.TOTAL)).isEmpty();
        assertThat(workforce.canSaveBinding().get()).isFalse();
    }

    @Test
    void migrantGroupsAreCheckedAgainstTheTotal() {
        workforce.countProperty(WorkforceViewModel.TOTAL).set("50");
        workforce.addMigrantGroup();
        MigrantGroupRow row = workforce.migrants().get(0);
        row.nationalityProperty().set("Myanmar");
        row.workersProperty().set("80");

        assertThat(workforce.fieldErrors().message(WorkforceViewModel.MIGRANTS))
                .isEqualTo(Messages.get("validation.exceedsTotal"));

        row.workersProperty().set("30");
        assertThat(workforce.fieldErrors().message(WorkforceViewModel.MIGRANTS)).isEmpty();

        workforce.removeMigrantGroup(row);
        assertThat(workforce.migrants()).isEmpty();
    }

    @Test
    void saveStoresTheCountsAndANewDateKeepsHistory() {
        workforce.countProperty(WorkforceViewModel.TOTAL).set("400");
        workforce.countProperty(WorkforceViewModel.WOMEN).set("260");
        workforce.addMigrantGroup();
        workforce.migrants().get(0).nationalityProperty().set("MM");
        workforce.migrants().get(0).workersProperty().set("120");
        workforce.save();

        WorkforceProfile first = service.latestWorkforce(supplier.id()).orElseThrow();
        assertThat(first.totalWorkers()).isEqualTo(400);
        assertThat(first.migrants()).containsExactly(new MigrantGroup("MM", 120));
        assertThat(workforce.noticeProperty().get()).isEqualTo(Messages.get("supplier.workforce.saved"));

        workforce.countProperty(WorkforceViewModel.TOTAL).set("410");
        workforce.save();
        assertThat(service.workforceProfiles()).hasSize(1); // same date: the profile is updated

        workforce.asOfProperty().set(TODAY.plusMonths(6));
        workforce.save();
        assertThat(service.workforceProfiles()).hasSize(2);
    }
}
