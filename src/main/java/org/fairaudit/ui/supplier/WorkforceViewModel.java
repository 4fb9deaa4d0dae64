package org.fairaudit.ui.supplier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fairaudit.domain.SupplierRules;
import org.fairaudit.domain.Violation;
import org.fairaudit.domain.WorkforceProfile;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.SupplierService;
import org.fairaudit.ui.common.ErrorReporter;
import org.fairaudit.ui.common.FieldErrors;
import org.fairaudit.ui.common.UiExecutor;

/**
 * The workforce profile of the selected supplier: aggregate counts as of a date, and migrant workers by
 * nationality. Saving with a new as-of date keeps the earlier profile as history.
 */
public final class WorkforceViewModel {
    public static final String AS_OF = "asOf";
    public static final String TOTAL = "totalWorkers";
    public static final String WOMEN = "women";
    public static final String AGENCY = "agencyWorkers";
    public static final String YOUNG = "youngWorkers";
    public static final String HOUSING = "inEmployerHousing";
    public static final String MIGRANTS = "migrants";

    private final SupplierService suppliers;
    private final UiExecutor executor;
    private final ErrorReporter errors;
    private final Clock clock;

    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final Map<String, StringProperty> counts = Map.of(TOTAL, new SimpleStringProperty(""),
            WOMEN, new SimpleStringProperty(""), AGENCY, new SimpleStringProperty(""),
            YOUNG, new SimpleStringProperty(""), HOUSING, new SimpleStringProperty(""));
    private final ObservableList<MigrantGroupRow> migrants =
            FXCollections.observableArrayList(MigrantGroupRow::observables);
    private final FieldErrors fieldErrors = new FieldErrors(AS_OF, TOTAL, WOMEN, AGENCY, YOUNG, HOUSING, MIGRANTS);
    private final ReadOnlyBooleanWrapper supplierChosen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSave;

    private UUID supplierId;
    private WorkforceProfile loaded;

    public WorkforceViewModel(SupplierService suppliers, UiExecutor executor, ErrorReporter errors, Clock clock) {
        this.suppliers = suppliers;
        this.executor = executor;
        this.errors = errors;
        this.clock = clock;
        asOf.addListener(o -> check());
        counts.values().forEach(count -> count.addListener(o -> check()));
        migrants.addListener((Observable o) -> check());
        canSave = fieldErrors.validProperty().and(supplierChosen).and(busy.not());
        show(null);
    }

    /** Loads the latest profile of the supplier; {@code null} clears the form (no supplier saved yet). */
    public void load(UUID supplier) {
        supplierId = supplier;
        supplierChosen.set(supplier != null);
        show(null);
        if (supplier != null) {
            executor.submit(() -> suppliers.latestWorkforce(supplier),
                    latest -> latest.ifPresent(this::show), errors::report);
        }
    }

    public void addMigrantGroup() {
        migrants.add(new MigrantGroupRow());
    }

    public void removeMigrantGroup(MigrantGroupRow row) {
        migrants.remove(row);
    }

    public void save() {
        if (!canSave.get()) {
            return;
        }
        WorkforceProfile candidate = candidate();
        busy.set(true);
        executor.submit(() -> suppliers.saveWorkforce(candidate), saved -> {
            busy.set(false);
            show(saved);
            notice.set(Messages.get("supplier.workforce.saved"));
        }, error -> {
            busy.set(false);
            errors.report(error);
        });
    }

    private void show(WorkforceProfile profile) {
        loaded = profile;
        notice.set("");
        asOf.set(profile == null ? LocalDate.now(clock) : profile.asOf());
        counts.get(TOTAL).set(profile == null ? "" : Integer.toString(profile.totalWorkers()));
        counts.get(WOMEN).set(profile == null ? "" : Integer.toString(profile.women()));
        counts.get(AGENCY).set(profile == null ? "" : Integer.toString(profile.agencyWorkers()));
        counts.get(YOUNG).set(profile == null ? "" : Integer.toString(profile.youngWorkers()));
        counts.get(HOUSING).set(profile == null ? "" : Integer.toString(profile.inEmployerHousing()));
        migrants.setAll(profile == null ? List.of() : profile.migrants().stream().map(MigrantGroupRow::new).toList());
    }

    /** The profile as typed; the same record when the date is unchanged, a new one (history) otherwise. */
    WorkforceProfile candidate() {
        boolean sameSnapshot = loaded != null && loaded.asOf().equals(asOf.get());
        return new WorkforceProfile(sameSnapshot ? loaded.id() : UUID.randomUUID(), supplierId, asOf.get(),
                count(TOTAL), count(WOMEN), count(AGENCY), count(YOUNG), count(HOUSING),
                migrants.stream().map(MigrantGroupRow::toGroup).toList(), sameSnapshot ? loaded.version() : 0);
    }

    private int count(String field) {
        Integer value = FormText.wholeNumberOrNull(counts.get(field).get());
        return value == null ? 0 : value;
    }

    private void check() {
        List<Violation> violations = new ArrayList<>();
        counts.forEach((field, text) -> FormText.numberViolation(field, text.get()).ifPresent(violations::add));
        migrants.forEach(row -> FormText.numberViolation(MIGRANTS, row.workersProperty().get())
                .ifPresent(violations::add));
        violations.addAll(SupplierRules.validate(candidate()));
        fieldErrors.show(violations);
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    /** The typed count of {@link #TOTAL}, {@link #WOMEN}, {@link #AGENCY}, {@link #YOUNG} or {@link #HOUSING}. */
    public StringProperty countProperty(String field) {
        return counts.get(field);
    }

    public ObservableList<MigrantGroupRow> migrants() {
        return migrants;
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
