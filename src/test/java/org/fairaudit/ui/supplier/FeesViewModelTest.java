package org.fairaudit.ui.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.collections.FXCollections;
import org.fairaudit.domain.FeeCategory;
import org.fairaudit.domain.RecruitmentAgency;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.fairaudit.ui.fakes.InMemoryFeeService;
import org.fairaudit.ui.fakes.RecordingErrors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeesViewModelTest {
    final InMemoryFeeService service = new InMemoryFeeService();
    final UUID supplier = UUID.randomUUID();
    final RecruitmentAgency agency = new RecruitmentAgency(UUID.randomUUID(), supplier, "Himalayan Manpower", "NP",
            null, 1);
    FeesViewModel fees;

    @BeforeEach
    void setUp() {
        fees = new FeesViewModel(service, FXCollections.observableArrayList(agency), new DirectUiExecutor(),
                new RecordingErrors());
        fees.load(supplier);
    }

    private void fillNepaliServiceFee() {
        fees.nationalityProperty().set("NP");
        fees.agencyProperty().set(agency);
        fees.workersProperty().set("40");
        fees.amountProperty().set("150,000");
        fees.currencyProperty().set("npr");
        fees.categoryProperty().set(FeeCategory.SERVICE_FEES);
        fees.repaidProperty().set("2000000");
        fees.wageProperty().set("250000");
        fees.wageCurrencyProperty().set("NPR");
    }

    @Test
    void savesAValidRecordAndShowsTheExposure() {
        fillNepaliServiceFee();
        assertThat(fees.canSaveBinding().get()).isTrue();

        fees.save();

        assertThat(service.stored).singleElement().satisfies(fee -> {
            assertThat(fee.currency()).isEqualTo("NPR");
            assertThat(fee.agencyId()).isEqualTo(agency.id());
            assertThat(fee.amountPerWorker()).isEqualByComparingTo("150000");
        });
        assertThat(fees.records()).hasSize(1);
        // 40 × 150,000 = 6,000,000 borne, 2,000,000 repaid, 4,000,000 owed = 100,000 per worker = 0.4 months
        assertThat(fees.exposureProperty().get()).contains("NPR: borne 6,000,000.00, repaid 2,000,000.00, still owed 4,000,000.00")
                .contains("Largest debt: 0.4 months of wages");
        assertThat(fees.nationalityProperty().get()).isEmpty();
    }

    @Test
    void namesEachBadFieldAndRefusesToSave() {
        fillNepaliServiceFee();
        fees.workersProperty().set("0");
        fees.amountProperty().set("a lot");
        fees.currencyProperty().set("RUPEES");
        fees.wageProperty().set("0");

        assertThat(fees.fieldErrors().message(FeesViewModel.WORKERS)).isNotEmpty();
        assertThat(fees.fieldErrors().message(FeesViewModel.AMOUNT)).isEqualTo("Enter an amount such as 1500 or 1500.50");
        assertThat(fees.fieldErrors().message(FeesViewModel.CURRENCY)).startsWith("Not an ISO 4217 currency code");
        assertThat(fees.fieldErrors().message(FeesViewModel.WAGE)).isNotEmpty();
        assertThat(fees.canSaveBinding().get()).isFalse();
        fees.save();
        assertThat(service.stored).isEmpty();
    }

    @Test
    void repaymentAboveWhatWasPaidIsShownNextToTheField() {
        fillNepaliServiceFee();
        fees.repaidProperty().set("6000000.01");
        assertThat(fees.fieldErrors().message(FeesViewModel.REPAID))
                .isEqualTo("More than the group paid (amount per worker × workers)");
    }

    @Test
    void selectingARecordFillsTheFormAndDeleteRemovesIt() {
        fillNepaliServiceFee();
        fees.save();
        fees.selectedProperty().set(fees.records().get(0));
        assertThat(fees.workersProperty().get()).isEqualTo("40");
        assertThat(fees.agencyProperty().get()).isEqualTo(agency);

        fees.delete();

        assertThat(service.stored).isEmpty();
        assertThat(fees.exposureProperty().get()).isEqualTo("No fees borne by workers recorded.");
    }
}
