package org.fairaudit.ui.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fairaudit.domain.Announcement;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.AuditType;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeRef;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Supplier;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.AuditService;
import org.fairaudit.service.CodeService;
import org.fairaudit.service.ProfileService;
import org.fairaudit.service.SupplierService;
import org.fairaudit.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The "New audit" form: supplier (searchable), codes, type, announcement, dates, lead auditor and team. */
final class NewAuditViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(NewAuditViewModel.class);

    /** A code offered for the audit, ticked or not. */
    record CodeChoice(CodeOfConduct code, BooleanProperty chosen) {
    }

    private final AuditService audits;
    private final SupplierService suppliers;
    private final CodeService codes;
    private final ProfileService profiles;
    private final UiExecutor executor;

    private final StringProperty supplierQuery = new SimpleStringProperty("");
    private final ObservableList<Supplier> supplierMatches = FXCollections.observableArrayList();
    private final ObjectProperty<Supplier> supplier = new SimpleObjectProperty<>();
    private final ObservableList<CodeChoice> codeChoices = FXCollections.observableArrayList();
    private final ObjectProperty<AuditType> type = new SimpleObjectProperty<>(AuditType.INITIAL);
    private final ObjectProperty<Announcement> announcement = new SimpleObjectProperty<>(Announcement.ANNOUNCED);
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final StringProperty leadAuditor = new SimpleStringProperty("");
    private final StringProperty team = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper supplierError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper codesError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper datesError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper leadAuditorError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper createError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);

    /** @param profiles gives the default lead auditor (the profile's name); may be {@code null} */
    NewAuditViewModel(AuditService audits, SupplierService suppliers, CodeService codes, ProfileService profiles,
                      UiExecutor executor, Clock clock) {
        this.audits = audits;
        this.suppliers = suppliers;
        this.codes = codes;
        this.profiles = profiles;
        this.executor = executor;
        startDate.set(LocalDate.now(clock));
        endDate.set(LocalDate.now(clock));
        supplierQuery.addListener((obs, old, now) -> searchSuppliers());
    }

    /** Loads suppliers, codes and the default lead auditor. */
    void load() {
        searchSuppliers();
        executor.submit(codes::codes, list -> codeChoices.setAll(list.stream()
                .map(code -> new CodeChoice(code, new SimpleBooleanProperty(list.size() == 1))).toList()), this::failed);
        if (profiles != null) {
            executor.submit(profiles::current, profile -> {
                if (leadAuditor.get().isBlank()) {
                    leadAuditor.set(profile.map(Profile::name).orElse(""));
                }
            }, this::failed);
        }
    }

    private void searchSuppliers() {
        String query = supplierQuery.get();
        executor.submit(() -> suppliers.search(query), supplierMatches::setAll, this::failed);
    }

    boolean validate() {
        supplierError.set(supplier.get() == null ? Messages.get("audit.validation.supplier") : "");
        codesError.set(chosenCodes().isEmpty() ? Messages.get("audit.validation.codes") : "");
        if (startDate.get() == null) {
            datesError.set(Messages.get("validation.required"));
        } else if (endDate.get() != null && endDate.get().isBefore(startDate.get())) {
            datesError.set(Messages.get("audit.validation.endBeforeStart"));
        } else {
            datesError.set("");
        }
        leadAuditorError.set(leadAuditor.get() == null || leadAuditor.get().isBlank() ? Messages.get("validation.required") : "");
        return supplierError.get().isEmpty() && codesError.get().isEmpty() && datesError.get().isEmpty()
                && leadAuditorError.get().isEmpty();
    }

    /** Validates, then creates the audit in the background; {@code onCreated} receives it on success. */
    void create(Consumer<Audit> onCreated) {
        createError.set("");
        if (!validate()) {
            return;
        }
        List<CodeRef> refs = chosenCodes();
        Supplier chosenSupplier = supplier.get();
        creating.set(true);
        executor.submit(() -> audits.create(chosenSupplier.id(), refs, type.get(), announcement.get(), startDate.get(),
                endDate.get(), leadAuditor.get().trim(), team.get() == null ? "" : team.get().trim()), created -> {
            creating.set(false);
            onCreated.accept(created);
        }, error -> {
            creating.set(false);
            failed(error);
            createError.set(Messages.get("audit.error.create", String.valueOf(error.getMessage())));
        });
    }

    private List<CodeRef> chosenCodes() {
        return codeChoices.stream().filter(choice -> choice.chosen().get()).map(choice -> choice.code().ref()).toList();
    }

    private void failed(Throwable error) {
        LOG.warn("New audit form: background work failed", error);
    }

    StringProperty supplierQueryProperty() {
        return supplierQuery;
    }

    ObservableList<Supplier> supplierMatches() {
        return supplierMatches;
    }

    ObjectProperty<Supplier> supplierProperty() {
        return supplier;
    }

    ObservableList<CodeChoice> codeChoices() {
        return codeChoices;
    }

    ObjectProperty<AuditType> typeProperty() {
        return type;
    }

    ObjectProperty<Announcement> announcementProperty() {
        return announcement;
    }

    ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    ObjectProperty<LocalDate> endDateProperty() {
        return endDate;
    }

    StringProperty leadAuditorProperty() {
        return leadAuditor;
    }

    StringProperty teamProperty() {
        return team;
    }

    ReadOnlyStringProperty supplierErrorProperty() {
        return supplierError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty codesErrorProperty() {
        return codesError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty datesErrorProperty() {
        return datesError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty leadAuditorErrorProperty() {
        return leadAuditorError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty createErrorProperty() {
        return createError.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }
}
