package org.fairaudit.ui.supplier;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fairaudit.ui.common.ErrorReporter;
import org.fairaudit.ui.common.FieldErrors;
import org.fairaudit.ui.common.UiExecutor;

/**
 * The records of one kind that a supplier has (agencies, fees), edited as a table and a form: which one the form
 * edits, when Save and Delete are allowed, and the service calls behind them. The ViewModel that owns it keeps the
 * form's fields and their validation, so that each tab only writes what is its own.
 */
final class SupplierRecords<T> {
    /** The service's calls for this kind of record; they run through the {@link UiExecutor}. */
    record Storage<T>(Function<UUID, List<T>> list, UnaryOperator<T> save, Consumer<T> delete) {
    }

    private final Storage<T> storage;
    private final FieldErrors fieldErrors;
    private final Consumer<T> fillFields;
    private final Supplier<T> candidate;
    private final Consumer<List<T>> reloaded;
    private final UiExecutor executor;
    private final ErrorReporter errors;

    private final ObservableList<T> records = FXCollections.observableArrayList();
    private final ObjectProperty<T> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper supplierChosen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canSave;
    private final BooleanBinding canDelete;

    private UUID supplierId;

    /**
     * @param fillFields sets the form's fields from a record, or empties them for {@code null}
     * @param candidate  the record the form describes, as Save would store it
     * @param reloaded   told each list of records the service returns, for figures drawn from all of them
     */
    SupplierRecords(Storage<T> storage, FieldErrors fieldErrors, Consumer<T> fillFields, Supplier<T> candidate,
                    Consumer<List<T>> reloaded, UiExecutor executor, ErrorReporter errors) {
        this.storage = storage;
        this.fieldErrors = fieldErrors;
        this.fillFields = fillFields;
        this.candidate = candidate;
        this.reloaded = reloaded;
        this.executor = executor;
        this.errors = errors;
        selected.addListener((obs, old, record) -> fillForm(record));
        canSave = fieldErrors.validProperty().and(supplierChosen).and(busy.not());
        canDelete = selected.isNotNull().and(busy.not());
    }

    /** For records from which nothing is drawn across the whole list. */
    SupplierRecords(Storage<T> storage, FieldErrors fieldErrors, Consumer<T> fillFields, Supplier<T> candidate,
                    UiExecutor executor, ErrorReporter errors) {
        this(storage, fieldErrors, fillFields, candidate, found -> { }, executor, errors);
    }

    /** Shows the records of the supplier; {@code null} empties the list (no supplier saved yet). */
    void load(UUID supplier) {
        supplierId = supplier;
        supplierChosen.set(supplier != null);
        selected.set(null);
        records.clear();
        if (supplier != null) {
            reload();
        }
    }

    /** The supplier whose records these are; {@code null} before one is saved. */
    UUID supplier() {
        return supplierId;
    }

    /** Empties the form so that Save adds a new record. */
    void newRecord() {
        selected.set(null);
        fillForm(null);
    }

    /** Adds the record in the form, or updates the selected one. */
    void save() {
        if (!canSave.get()) {
            return;
        }
        T record = candidate.get();
        busy.set(true);
        executor.submit(() -> storage.save().apply(record), saved -> changed(), this::failed);
    }

    void delete() {
        T record = selected.get();
        if (record == null) {
            return;
        }
        busy.set(true);
        executor.submit(() -> {
            storage.delete().accept(record);
            return record;
        }, deleted -> changed(), this::failed);
    }

    private void changed() {
        busy.set(false);
        reload();
        newRecord();
    }

    private void reload() {
        UUID supplier = supplierId;
        executor.submit(() -> storage.list().apply(supplier), found -> {
            records.setAll(found);
            reloaded.accept(found);
        }, errors::report);
    }

    private void failed(Throwable error) {
        busy.set(false);
        errors.report(error);
    }

    /** A form filled for the user, not by them, keeps its messages until they edit it. */
    private void fillForm(T record) {
        fieldErrors.fill(() -> fillFields.accept(record));
    }

    ObservableList<T> records() {
        return records;
    }

    /** The record being edited; {@code null} while adding a new one. */
    ObjectProperty<T> selectedProperty() {
        return selected;
    }

    BooleanBinding canSaveBinding() {
        return canSave;
    }

    BooleanBinding canDeleteBinding() {
        return canDelete;
    }
}
