package org.fairaudit.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fairaudit.domain.Audit;
import org.junit.jupiter.api.Test;

class NewAuditViewModelTest {
    private final AuditFixture fixture = new AuditFixture();
    private final NewAuditViewModel form = new NewAuditViewModel(fixture.audits, fixture.suppliers, fixture.codes,
            fixture.profiles, fixture.executor, fixture.clock);

    @Test
    void defaultsToTodayTheProfileAsLeadAuditorAndTheOnlyCode() {
        form.load();

        assertThat(form.startDateProperty().get()).isEqualTo(AuditFixture.TODAY);
        assertThat(form.leadAuditorProperty().get()).isEqualTo("Amina Rahman");
        assertThat(form.codeChoices()).singleElement().satisfies(choice -> assertThat(choice.chosen().get()).isTrue());
    }

    @Test
    void searchesSuppliersAsTheUserTypes() {
        form.load();
        form.supplierQueryProperty().set("golden");
        assertThat(form.supplierMatches()).containsExactly(fixture.supplier);
        form.supplierQueryProperty().set("nothing like it");
        assertThat(form.supplierMatches()).isEmpty();
    }

    @Test
    void refusesWithoutSupplierOrCodeOrWithEndBeforeStart() {
        form.load();
        form.codeChoices().get(0).chosen().set(false);
        form.endDateProperty().set(AuditFixture.TODAY.minusDays(1));
        List<Audit> created = new ArrayList<>();

        form.create(created::add);

        assertThat(created).isEmpty();
        assertThat(form.supplierErrorProperty().get()).isNotEmpty();
        assertThat(form.codesErrorProperty().get()).isNotEmpty();
        assertThat(form.datesErrorProperty().get()).isEqualTo("The end date is before the start date");
    }

    @Test
    void createsTheAuditWithTheChosenValues() {
        form.load();
        form.supplierProperty().set(fixture.supplier);
        form.teamProperty().set("Li Wei");
        List<Audit> created = new ArrayList<>();

        form.create(created::add);

        assertThat(created).singleElement().satisfies(audit -> {
            assertThat(audit.supplierId()).isEqualTo(fixture.supplier.id());
            assertThat(audit.codes()).containsExactly(fixture.code.ref());
            assertThat(audit.leadAuditor()).isEqualTo("Amina Rahman");
            assertThat(audit.team()).isEqualTo("Li Wei");
        });
    }
}
