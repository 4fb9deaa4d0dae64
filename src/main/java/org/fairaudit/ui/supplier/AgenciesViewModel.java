package org.fairaudit.ui.supplier;

import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fairaudit.domain.RecruitmentAgency;
import org.fairaudit.domain.SupplierRules;
import org.fairaudit.service.SupplierService;
import org.fairaudit.ui.common.Countries;
import org.fairaudit.ui.common.ErrorReporter;
import org.fairaudit.ui.common.FieldErrors;
import org.fairaudit.ui.common.UiExecutor;

/** The recruitment agencies a supplier uses: a table, and a small form to add, edit or delete one. */
public final class AgenciesViewModel {
    public static final String NAME = "name";
    public static final String COUNTRY = "country";

    private final SupplierService suppliers;
    private final UiExecutor executor;
    private final ErrorReporter errors;

    private final ObservableList<RecruitmentAgency> agencies = FXCollections.observableArrayList();
    private final ObjectProperty<RecruitmentAgency> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty licence = new SimpleStringProperty("");
    private final FieldErrors fieldErrors = new FieldErrors(NAME, COUNTRY);
    private final ReadOnlyBooleanWrapper supplierChosen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canSave;
    private final BooleanBinding canDelete;

    private UUID supplierId;

    public AgenciesViewModel(SupplierService suppliers, UiExecutor executor, ErrorReporter errors) {
        this.suppliers = suppliers;
        this.executor = executor;
        this.errors = errors;
        fieldErrors.checkOnChange(this::check, name, country, licence);
        selected.addListener((obs, old, agency) -> fillForm(agency));
        canSave = fieldErrors.validProperty().and(supplierChosen).and(busy.not());
        canDelete = selected.isNotNull().and(busy.not());
        fillForm(null);
    }

    /** Shows the agencies of the supplier; {@code null} empties the table (no supplier saved yet). */
    public void load(UUID supplier) {
        supplierId = supplier;
        supplierChosen.set(supplier != null);
        selected.set(null);
        agencies.clear();
        if (supplier != null) {
            reload();
        }
    }

    /** Clears the form so that Save adds a new agency. */
    public void newAgency() {
        selected.set(null);
        fillForm(null);
    }

    /** Adds the agency, or updates the selected one. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        RecruitmentAgency candidate = candidate();
        busy.set(true);
        executor.submit(() -> suppliers.saveAgency(candidate), saved -> {
            busy.set(false);
            reload();
            newAgency();
        }, this::failed);
    }

    public void delete() {
        RecruitmentAgency agency = selected.get();
        if (agency == null) {
            return;
        }
        busy.set(true);
        executor.submit(() -> {
            suppliers.deleteAgency(agency.id());
            return agency;
        }, deleted -> {
            busy.set(false);
            reload();
            newAgency();
        }, this::failed);
    }

    private void reload() {
        UUID supplier = supplierId;
        executor.submit(() -> suppliers.agencies(supplier), agencies::setAll, errors::report);
    }

    private void failed(Throwable error) {
        busy.set(false);
        errors.report(error);
    }

    private void fillForm(RecruitmentAgency agency) {
        fieldErrors.fill(() -> {
            name.set(agency == null ? "" : agency.name());
            country.set(agency == null ? "" : Countries.label(agency.country()));
            licence.set(agency == null || agency.licenceNumber() == null ? "" : agency.licenceNumber());
            check();
        });
    }

    RecruitmentAgency candidate() {
        RecruitmentAgency editing = selected.get();
        String countryText = FormText.trimOrNull(country.get());
        return new RecruitmentAgency(editing == null ? UUID.randomUUID() : editing.id(), supplierId,
                FormText.trimOrNull(name.get()), countryText == null ? null : Countries.codeOrRaw(countryText),
                FormText.trimOrNull(licence.get()), editing == null ? 0 : editing.version());
    }

    private void check() {
        fieldErrors.show(SupplierRules.validate(candidate()));
    }

    public ObservableList<RecruitmentAgency> agencies() {
        return agencies;
    }

    /** The agency being edited; {@code null} while adding a new one. */
    public ObjectProperty<RecruitmentAgency> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty licenceProperty() {
        return licence;
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    public BooleanBinding canDeleteBinding() {
        return canDelete;
    }
}
