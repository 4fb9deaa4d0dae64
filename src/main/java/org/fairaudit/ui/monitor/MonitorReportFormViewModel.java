package org.fairaudit.ui.monitor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import javafx.collections.transformation.FilteredList;
import org.fairaudit.domain.Attachment;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.MonitorReport;
import org.fairaudit.domain.MonitorReportStatus;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Supplier;
import org.fairaudit.domain.Violation;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.CodeService;
import org.fairaudit.service.MonitorReportService;
import org.fairaudit.service.ProfileService;
import org.fairaudit.service.SupplierService;
import org.fairaudit.service.ValidationException;
import org.fairaudit.ui.common.UiExecutor;
import org.fairaudit.ui.common.WholeNumberInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The filing form of a monitor report. Editable for a new report and for one's own report until a reviewer takes
 * it up; read-only otherwise. Reporter identity and worker pseudonyms are confidential by default.
 */
final class MonitorReportFormViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MonitorReportFormViewModel.class);

    private final MonitorReportService reports;
    private final SupplierService suppliers;
    private final ProfileService profiles;
    private final UiExecutor executor;
    private final Clock clock;
    private MonitorReport source;

    private final ObservableList<Supplier> supplierChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Supplier> supplier = new SimpleObjectProperty<>();
    private final StringProperty organisation = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> filedOn = new SimpleObjectProperty<>();
    private final StringProperty allegation = new SimpleStringProperty("");
    private final StringProperty evidence = new SimpleStringProperty("");
    private final WholeNumberInput workersAffected = new WholeNumberInput(true);
    private final ObservableList<RequirementChoice> requirementChoices = FXCollections.observableArrayList();
    /** Every requirement while editing; only the chosen ones when the report is read-only. */
    private final FilteredList<RequirementChoice> shownRequirements = new FilteredList<>(requirementChoices);
    private final Map<ForcedLabourIndicator, BooleanProperty> indicators = new EnumMap<>(ForcedLabourIndicator.class);
    private final StringProperty reporterIdentity = new SimpleStringProperty("");
    private final StringProperty workerPseudonyms = new SimpleStringProperty("");
    private final BooleanProperty confidential = new SimpleBooleanProperty(true);
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper stored = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper supplierError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper organisationError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper allegationError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    MonitorReportFormViewModel(MonitorReportService reports, SupplierService suppliers, CodeService codes,
                               ProfileService profiles, UiExecutor executor, Clock clock) {
        this.reports = reports;
        this.suppliers = suppliers;
        this.profiles = profiles;
        this.executor = executor;
        this.clock = clock;
        for (ForcedLabourIndicator indicator : ForcedLabourIndicator.values()) {
            indicators.put(indicator, new SimpleBooleanProperty(false));
        }
        startNew();
        executor.submit(() -> requirementChoices(codes.codes()), loaded -> {
            requirementChoices.setAll(loaded);
            loaded.forEach(choice -> choice.chosenProperty().set(source.requirements().contains(choice.key())));
            filterRequirements();
        }, this::failed);
    }

    private static List<RequirementChoice> requirementChoices(List<CodeOfConduct> codes) {
        List<RequirementChoice> choices = new ArrayList<>();
        for (CodeOfConduct code : codes) {
            code.requirements().forEach(r -> choices.add(new RequirementChoice(new RequirementKey(code.id(), r.ref()),
                    Messages.get("monitor.requirementChoice", code.id() + ":" + r.ref(), r.text()))));
        }
        return choices;
    }

    /** Reloads the suppliers to pick from, keeping the one chosen. */
    void refreshSuppliers() {
        executor.submit(() -> suppliers.search(""), found -> {
            UUID chosen = supplier.get() == null ? null : supplier.get().id();
            supplierChoices.setAll(found);
            selectSupplier(chosen);
        }, this::failed);
    }

    private void selectSupplier(UUID id) {
        supplier.set(id == null ? null
                : supplierChoices.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null));
    }

    /** A new report, confidential by default, filed today. */
    void startNew() {
        show(MonitorReport.draft(null, LocalDate.now(clock)));
    }

    void show(MonitorReport report) {
        source = report;
        selectSupplier(report.supplierId());
        organisation.set(report.filingOrganisation());
        filedOn.set(report.filedOn());
        allegation.set(report.allegation());
        evidence.set(report.evidence());
        workersAffected.setValue(report.workersAffected());
        requirementChoices.forEach(choice -> choice.chosenProperty().set(report.requirements().contains(choice.key())));
        indicators.forEach((indicator, checked) -> checked.set(report.indicators().contains(indicator)));
        reporterIdentity.set(report.reporterIdentity());
        workerPseudonyms.set(report.workerPseudonyms());
        confidential.set(report.confidential());
        stored.set(report.version() > 0);
        boolean ownOpenReport = report.version() == 0 || report.status() == MonitorReportStatus.RECEIVED
                && profiles.current().map(p -> p.id().equals(report.filedBy())).orElse(false);
        editable.set(profiles.may(Permission.FILE_MONITOR_REPORTS) && ownOpenReport);
        filterRequirements();
        clearMessages();
        attachments.clear();
        if (report.version() > 0) {
            executor.submit(() -> reports.attachments(report.id()), attachments::setAll, this::failed);
        }
    }

    private void filterRequirements() {
        shownRequirements.setPredicate(editable.get() ? choice -> true : choice -> choice.chosenProperty().get());
    }

    private void clearMessages() {
        supplierError.set("");
        organisationError.set("");
        allegationError.set("");
        notice.set("");
    }

    /** Checks the required fields and shows what is missing next to them. */
    boolean validate() {
        clearMessages();
        String required = Messages.get("validation.required");
        supplierError.set(supplier.get() == null ? required : "");
        organisationError.set(organisation.get() == null || organisation.get().isBlank() ? required : "");
        allegationError.set(allegation.get() == null || allegation.get().isBlank() ? required : "");
        return supplierError.get().isEmpty() && organisationError.get().isEmpty() && allegationError.get().isEmpty()
                && workersAffected.isValid();
    }

    MonitorReport current() {
        Set<ForcedLabourIndicator> chosen = EnumSet.noneOf(ForcedLabourIndicator.class);
        indicators.forEach((indicator, checked) -> {
            if (checked.get()) {
                chosen.add(indicator);
            }
        });
        List<RequirementKey> keys = requirementChoices.stream().filter(c -> c.chosenProperty().get())
                .map(RequirementChoice::key).toList();
        return new MonitorReport(source.id(), supplier.get() == null ? null : supplier.get().id(),
                trim(organisation.get()), filedOn.get(), trim(allegation.get()), trim(evidence.get()),
                workersAffected.value(), keys, chosen, trim(reporterIdentity.get()), trim(workerPseudonyms.get()),
                confidential.get(), source.status(), source.filedBy(), source.version());
    }

    /** Validates and files or updates the report in the background; {@code onSaved} gets the stored report. */
    void save(Consumer<MonitorReport> onSaved) {
        if (!editable.get() || !validate()) {
            return;
        }
        MonitorReport report = current();
        busy.set(true);
        executor.submit(() -> reports.save(report), saved -> {
            busy.set(false);
            show(saved);
            notice.set(Messages.get("monitor.saved"));
            onSaved.accept(saved);
        }, this::saveFailed);
    }

    /** Attaches an evidence file to the stored report. */
    void addAttachment(Path file) {
        if (!stored.get()) {
            return;
        }
        UUID reportId = source.id();
        busy.set(true);
        executor.submit(() -> reports.addAttachment(reportId, file), added -> {
            busy.set(false);
            attachments.add(added);
        }, this::saveFailed);
    }

    private void saveFailed(Throwable error) {
        busy.set(false);
        if (error instanceof ValidationException invalid) {
            for (Violation violation : invalid.violations()) {
                String message = Messages.get(violation.messageKey());
                switch (violation.field()) {
                    case "supplierId" -> supplierError.set(message);
                    case "filingOrganisation" -> organisationError.set(message);
                    case "allegation" -> allegationError.set(message);
                    default -> notice.set(message);
                }
            }
        } else {
            failed(error);
        }
    }

    private void failed(Throwable error) {
        busy.set(false);
        LOG.warn("Monitor report work failed", error);
        notice.set(Messages.get("monitor.error", String.valueOf(error.getMessage())));
    }

    /** The supplier just created in the supplier dialog, now chosen. */
    void supplierCreated(Supplier created) {
        supplierChoices.add(created);
        supplier.set(created);
    }

    private static String trim(String text) {
        return text == null ? "" : text.trim();
    }

    ObservableList<Supplier> supplierChoices() {
        return supplierChoices;
    }

    ObjectProperty<Supplier> supplierProperty() {
        return supplier;
    }

    StringProperty organisationProperty() {
        return organisation;
    }

    ObjectProperty<LocalDate> filedOnProperty() {
        return filedOn;
    }

    StringProperty allegationProperty() {
        return allegation;
    }

    StringProperty evidenceProperty() {
        return evidence;
    }

    WholeNumberInput workersAffected() {
        return workersAffected;
    }

    ObservableList<RequirementChoice> requirementChoices() {
        return shownRequirements;
    }

    BooleanProperty indicatorProperty(ForcedLabourIndicator indicator) {
        return indicators.get(indicator);
    }

    StringProperty reporterIdentityProperty() {
        return reporterIdentity;
    }

    StringProperty workerPseudonymsProperty() {
        return workerPseudonyms;
    }

    BooleanProperty confidentialProperty() {
        return confidential;
    }

    ObservableList<Attachment> attachments() {
        return attachments;
    }

    ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** Whether the report is stored (files can be attached only then). */
    ReadOnlyBooleanProperty storedProperty() {
        return stored.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyStringProperty supplierErrorProperty() {
        return supplierError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty organisationErrorProperty() {
        return organisationError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty allegationErrorProperty() {
        return allegationError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
