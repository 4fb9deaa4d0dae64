package org.fairaudit.ui.supplier;

import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
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

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty licence = new SimpleStringProperty("");
    private final FieldErrors fieldErrors = new FieldErrors(NAME, COUNTRY);
    private final SupplierRecords<RecruitmentAgency> records;

    public AgenciesViewModel(SupplierService suppliers, UiExecutor executor, ErrorReporter errors) {
        records = new SupplierRecords<>(new SupplierRecords.Storage<>(suppliers::agencies, suppliers::saveAgency,
                agency -> suppliers.deleteAgency(agency.id())), fieldErrors, this::fillForm, this::candidate,
                executor, errors);
        fieldErrors.checkOnChange(this::check, name, country, licence);
        records.newRecord();
    }

    /** Shows the agencies of the supplier; {@code null} empties the table (no supplier saved yet). */
    public void load(UUID supplier) {
        records.load(supplier);
    }

    /** Clears the form so that Save adds a new agency. */
    public void newAgency() {
        records.newRecord();
    }

    /** Adds the agency, or updates the selected one. */
    public void save() {
        records.save();
    }

    public void delete() {
        records.delete();
    }

    private void fillForm(RecruitmentAgency agency) {
        name.set(agency == null ? "" : agency.name());
        country.set(agency == null ? "" : Countries.label(agency.country()));
        licence.set(agency == null || agency.licenceNumber() == null ? "" : agency.licenceNumber());
        check();
    }

    RecruitmentAgency candidate() {
        RecruitmentAgency editing = records.selectedProperty().get();
        String countryText = FormText.trimOrNull(country.get());
        return new RecruitmentAgency(editing == null ? UUID.randomUUID() : editing.id(), records.supplier(),
                FormText.trimOrNull(name.get()), countryText == null ? null : Countries.codeOrRaw(countryText),
                FormText.trimOrNull(licence.get()), editing == null ? 0 : editing.version());
    }

    private void check() {
        fieldErrors.show(SupplierRules.validate(candidate()));
    }

    public ObservableList<RecruitmentAgency> agencies() {
        return records.records();
    }

    /** The agency being edited; {@code null} while adding a new one. */
    public ObjectProperty<RecruitmentAgency> selectedProperty() {
        return records.selectedProperty();
    }

    public BooleanBinding canSaveBinding() {
        return records.canSaveBinding();
    }

    public BooleanBinding canDeleteBinding() {
        return records.canDeleteBinding();
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
}
