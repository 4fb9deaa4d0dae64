package org.fairaudit.ui.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.fairaudit.ui.fakes.InMemoryFeeService;
import org.fairaudit.domain.Supplier;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.fairaudit.ui.fakes.InMemorySupplierService;
import org.fairaudit.ui.fakes.RecordingErrors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SuppliersViewModelTest {
    private final InMemorySupplierService service = new InMemorySupplierService();
    private final List<Runnable> debounced = new ArrayList<>();
    private SuppliersViewModel suppliers;

    @BeforeEach
    void setUp() {
        service.add("Lotus Electronics", "TH");
        service.add("Golden Thread Garments", "MY");
        service.add("Harbour Seafood", "TH");
        suppliers = new SuppliersViewModel(service, new InMemoryFeeService(), new DirectUiExecutor(), new RecordingErrors(), debounced::add,
                Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));
        suppliers.search();
    }

    @Test
    void listsAllSuppliersByName() {
        assertThat(suppliers.results()).extracting(Supplier::name)
                .containsExactly("Golden Thread Garments", "Harbour Seafood", "Lotus Electronics");
    }

    @Test
    void typingSearchesOnceTheDebouncerFires() {
        suppliers.searchTextProperty().set("t");
        suppliers.searchTextProperty().set("th");
        assertThat(service.searches).containsExactly("");

        debounced.get(debounced.size() - 1).run();

        assertThat(service.searches).containsExactly("", "th");
        assertThat(suppliers.results()).extracting(Supplier::name)
                .containsExactly("Golden Thread Garments", "Harbour Seafood", "Lotus Electronics");
        suppliers.searchTextProperty().set("seafood");
        debounced.get(debounced.size() - 1).run();
        assertThat(suppliers.results()).extracting(Supplier::name).containsExactly("Harbour Seafood");
    }

    @Test
    void selectingOpensTheSupplierInEveryEditor() {
        Supplier lotus = suppliers.results().get(2);

        suppliers.select(lotus);

        assertThat(suppliers.editor().nameProperty().get()).isEqualTo("Lotus Electronics");
        assertThat(suppliers.workforce().canSaveBinding().get()).isTrue();
        assertThat(suppliers.agencies().canSaveBinding().get()).isFalse(); // empty agency form
    }

    @Test
    void aNewSupplierSavedAppearsInTheListAndStaysSelected() {
        suppliers.newSupplier();
        suppliers.editor().nameProperty().set("Andes Flowers");
        suppliers.editor().countryProperty().set("CO");

        suppliers.editor().save();

        assertThat(suppliers.results()).extracting(Supplier::name).contains("Andes Flowers");
        assertThat(suppliers.selectedProperty().get().name()).isEqualTo("Andes Flowers");
        assertThat(suppliers.workforce().canSaveBinding().get()).isTrue();
    }
}
