package org.fairaudit.ui.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import org.fairaudit.domain.RecruitmentAgency;
import org.fairaudit.domain.Supplier;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.Countries;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.fairaudit.ui.fakes.InMemorySupplierService;
import org.fairaudit.ui.fakes.RecordingErrors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgenciesViewModelTest {
    private final InMemorySupplierService service = new InMemorySupplierService();
    private final Supplier supplier = service.add("Golden Thread Garments", "MY");
    private AgenciesViewModel agencies;

    @BeforeEach
    void setUp() {
        agencies = new AgenciesViewModel(service, new DirectUiExecutor(), new RecordingErrors());
        agencies.load(supplier.id());
    }

    @Test
    void nameAndCountryAreRequired() {
        agencies.countryProperty().set("Atlantis");

        assertThat(agencies.fieldErrors().message(AgenciesViewModel.NAME)).isEqualTo(Messages.get("validation.required"));
        assertThat(agencies.fieldErrors().message(AgenciesViewModel.COUNTRY)).isEqualTo(Messages.get("validation.country"));
        assertThat(agencies.canSaveBinding().get()).isFalse();
    }

    @Test
    void addEditAndDeleteAnAgency() {
        agencies.nameProperty().set("Mandalay Manpower");
        agencies.countryProperty().set("Myanmar");
        agencies.licenceProperty().set("MM-LIC-0042");
        agencies.save();

        assertThat(agencies.agencies()).extracting(RecruitmentAgency::name, RecruitmentAgency::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mandalay Manpower", "MM"));
        assertThat(agencies.nameProperty().get()).isEmpty(); // ready for the next one

        agencies.selectedProperty().set(agencies.agencies().get(0));
        assertThat(agencies.countryProperty().get()).isEqualTo(Countries.label("MM"));
        agencies.licenceProperty().set("MM-LIC-0043");
        agencies.save();
        assertThat(agencies.agencies()).singleElement().extracting(RecruitmentAgency::licenceNumber)
                .isEqualTo("MM-LIC-0043");

        agencies.selectedProperty().set(agencies.agencies().get(0));
        agencies.delete();
        assertThat(agencies.agencies()).isEmpty();
        assertThat(service.agencies(supplier.id())).isEmpty();
    }
}
