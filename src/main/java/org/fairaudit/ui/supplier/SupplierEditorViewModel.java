package org.fairaudit.ui.supplier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.fairaudit.domain.Supplier;
import org.fairaudit.domain.SupplierRules;
import org.fairaudit.domain.Violation;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.ConcurrentEditException;
import org.fairaudit.service.SupplierService;
import org.fairaudit.service.ValidationException;
import org.fairaudit.ui.common.Countries;
import org.fairaudit.ui.common.ErrorReporter;
import org.fairaudit.ui.common.FieldErrors;
import org.fairaudit.ui.common.UiExecutor;

/**
 * The supplier form: a new supplier or the one selected. Fields are checked with {@link SupplierRules} as the
 * user types; Save is one click and commits at once.
 */
public final class SupplierEditorViewModel {
    public static final String NAME = "name";
    public static final String OS_ID = "osId";
    public static final String COUNTRY = "country";
    public static final String TIER = "tier";

    private final SupplierService suppliers;
    private final UiExecutor executor;
    private final ErrorReporter errors;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty osId = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty sector = new SimpleStringProperty("");
    private final StringProperty tier = new SimpleStringProperty("");
    private final StringProperty parentCompany = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final FieldErrors fieldErrors = new FieldErrors(NAME, OS_ID, COUNTRY, TIER);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper isNew = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSave;

    private Supplier baseline = Supplier.draft(null, null);
    private Consumer<Supplier> onSaved = saved -> { };

    public SupplierEditorViewModel(SupplierService suppliers, UiExecutor executor, ErrorReporter errors) {
        this.suppliers = suppliers;
        this.executor = executor;
        this.errors = errors;
        fieldErrors.checkOnChange(this::check, name, osId, country, address, sector, tier, parentCompany, contact);
        canSave = fieldErrors.validProperty().and(dirty).and(busy.not());
        fieldErrors.fill(this::check);
    }

    /** Called with the stored supplier after each successful save. */
    public void setOnSaved(Consumer<Supplier> onSaved) {
        this.onSaved = onSaved;
    }

    /** Clears the form for a new supplier. */
    public void startNew() {
        load(Supplier.draft(null, null), true);
    }

    public void edit(Supplier supplier) {
        load(supplier, false);
    }

    public void save() {
        if (!canSave.get()) {
            return;
        }
        Supplier candidate = candidate();
        busy.set(true);
        executor.submit(() -> suppliers.save(candidate), saved -> {
            busy.set(false);
            load(saved, false);
            notice.set(Messages.get("supplier.saved"));
            onSaved.accept(saved);
        }, this::saveFailed);
    }

    private void saveFailed(Throwable error) {
        busy.set(false);
        if (error instanceof ValidationException invalid) {
            fieldErrors.show(invalid.violations());
            fieldErrors.reveal();
        } else if (error instanceof ConcurrentEditException) {
            reloadAfterConcurrentEdit();
        } else {
            errors.report(error);
        }
    }

    /** Someone else saved the supplier meanwhile: show their version so the user can redo the change on it. */
    private void reloadAfterConcurrentEdit() {
        executor.submit(() -> suppliers.find(baseline.id()), latest -> {
            latest.ifPresent(supplier -> load(supplier, false));
            notice.set(Messages.get("supplier.concurrentEdit"));
        }, errors::report);
    }

    private void load(Supplier supplier, boolean asNew) {
        baseline = supplier;
        isNew.set(asNew);
        notice.set("");
        fieldErrors.fill(() -> {
            name.set(orEmpty(supplier.name()));
            osId.set(orEmpty(supplier.osId()));
            country.set(Countries.label(supplier.country()));
            address.set(orEmpty(supplier.address()));
            sector.set(orEmpty(supplier.sector()));
            tier.set(supplier.tier() == null ? "" : supplier.tier().toString());
            parentCompany.set(orEmpty(supplier.parentCompany()));
            contact.set(orEmpty(supplier.contact()));
            check();
        });
    }

    /** The supplier as the form describes it, with the identity and version it was loaded with. */
    Supplier candidate() {
        String countryText = FormText.trimOrNull(country.get());
        String osIdText = FormText.trimOrNull(osId.get());
        return new Supplier(baseline.id(), FormText.trimOrNull(name.get()),
                osIdText == null ? null : osIdText.toUpperCase(Locale.ROOT),
                countryText == null ? null : Countries.codeOrRaw(countryText),
                FormText.trimOrNull(address.get()), FormText.trimOrNull(sector.get()),
                FormText.wholeNumberOrNull(tier.get()), FormText.trimOrNull(parentCompany.get()),
                FormText.trimOrNull(contact.get()), baseline.version());
    }

    private void check() {
        Supplier candidate = candidate();
        List<Violation> violations = new ArrayList<>();
        FormText.numberViolation(TIER, tier.get()).ifPresent(violations::add);
        violations.addAll(SupplierRules.validate(candidate));
        fieldErrors.show(violations);
        dirty.set(!candidate.equals(normalised(baseline)));
        if (dirty.get()) {
            notice.set(""); // "Saved." no longer describes the form
        }
    }

    /** The baseline as {@link #candidate()} would describe it, so that an untouched form is not dirty. */
    private static Supplier normalised(Supplier s) {
        return new Supplier(s.id(), FormText.trimOrNull(s.name()), FormText.trimOrNull(s.osId()),
                FormText.trimOrNull(s.country()), FormText.trimOrNull(s.address()), FormText.trimOrNull(s.sector()),
                s.tier(), FormText.trimOrNull(s.parentCompany()), FormText.trimOrNull(s.contact()), s.version());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty osIdProperty() {
        return osId;
    }

    /** Typed country: a code, a name, or a suggestion label such as "Malaysia (MY)". */
    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty sectorProperty() {
        return sector;
    }

    public StringProperty tierProperty() {
        return tier;
    }

    public StringProperty parentCompanyProperty() {
        return parentCompany;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty isNewProperty() {
        return isNew.getReadOnlyProperty();
    }

    /** A plain sentence about the last save ("Saved.", or that someone else changed the supplier). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
