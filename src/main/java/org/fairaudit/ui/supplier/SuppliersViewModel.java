package org.fairaudit.ui.supplier;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fairaudit.domain.Supplier;
import org.fairaudit.service.FeeService;
import org.fairaudit.service.SupplierService;
import org.fairaudit.ui.common.Debouncer;
import org.fairaudit.ui.common.ErrorReporter;
import org.fairaudit.ui.common.UiExecutor;

/**
 * The suppliers screen: a list searched as the user types, and the editors of the selected supplier
 * (details, workforce profile, recruitment agencies).
 */
public final class SuppliersViewModel {
    private final SupplierService suppliers;
    private final UiExecutor executor;
    private final ErrorReporter errors;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<Supplier> results = FXCollections.observableArrayList();
    private final ObservableList<Supplier> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyObjectWrapper<Supplier> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private final SupplierEditorViewModel editor;
    private final WorkforceViewModel workforce;
    private final AgenciesViewModel agencies;
    private final FeesViewModel fees;

    /** Answers of searches overtaken by a newer one are dropped, so the list always matches the box. */
    private long latestSearch;

    public SuppliersViewModel(SupplierService suppliers, FeeService feeService, UiExecutor executor,
                              ErrorReporter errors, Debouncer debouncer, Clock clock) {
        this.suppliers = suppliers;
        this.executor = executor;
        this.errors = errors;
        this.editor = new SupplierEditorViewModel(suppliers, executor, errors);
        this.workforce = new WorkforceViewModel(suppliers, executor, errors, clock);
        this.agencies = new AgenciesViewModel(suppliers, executor, errors);
        this.fees = new FeesViewModel(feeService, agencies.agencies(), executor, errors);
        searchText.addListener(o -> debouncer.schedule(this::search));
        editor.setOnSaved(this::saved);
        editor.startNew();
    }

    /** Runs the search for the current text now (on showing the screen, or after a save). */
    public void search() {
        long searchId = ++latestSearch;
        String text = searchText.get();
        searching.set(true);
        executor.submit(() -> suppliers.search(text), found -> {
            if (searchId == latestSearch) {
                searching.set(false);
                results.setAll(found);
            }
        }, error -> {
            searching.set(false);
            errors.report(error);
        });
    }

    /** Opens the supplier in the editors; choosing the supplier already open changes nothing. */
    public void select(Supplier supplier) {
        Supplier current = selected.get();
        if (supplier == null || current != null && current.id().equals(supplier.id())) {
            return;
        }
        selected.set(supplier);
        open(supplier);
    }

    /** Clears the selection and opens an empty form for a new supplier. */
    public void newSupplier() {
        selected.set(null);
        open(null);
    }

    private void open(Supplier supplier) {
        if (supplier == null) {
            editor.startNew();
        } else {
            editor.edit(supplier);
        }
        UUID id = supplier == null ? null : supplier.id();
        workforce.load(id);
        agencies.load(id);
        fees.load(id);
    }

    /** The editor already shows the stored record; a supplier saved for the first time unlocks its other tabs. */
    private void saved(Supplier supplier) {
        boolean first = selected.get() == null || !selected.get().id().equals(supplier.id());
        selected.set(supplier);
        if (first) {
            workforce.load(supplier.id());
            agencies.load(supplier.id());
            fees.load(supplier.id());
        }
        search();
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<Supplier> results() {
        return resultsView;
    }

    /** The supplier being edited; {@code null} while the form holds a new one. */
    public ReadOnlyObjectProperty<Supplier> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** The supplier and the records it owns whose history the History tab shows (runs in the background). */
    public Collection<UUID> historyRecordsOf(Supplier supplier) {
        List<UUID> ids = new ArrayList<>();
        ids.add(supplier.id());
        suppliers.latestWorkforce(supplier.id()).ifPresent(workforce -> ids.add(workforce.id()));
        suppliers.agencies(supplier.id()).forEach(agency -> ids.add(agency.id()));
        return ids;
    }

    public SupplierEditorViewModel editor() {
        return editor;
    }

    public WorkforceViewModel workforce() {
        return workforce;
    }

    public FeesViewModel fees() {
        return fees;
    }

    public AgenciesViewModel agencies() {
        return agencies;
    }
}
