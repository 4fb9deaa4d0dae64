package org.fairaudit.ui.finding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingDrafts;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.FindingWithActions;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Scope;
import org.fairaudit.domain.Severity;
import org.fairaudit.domain.Violation;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.FindingService;
import org.fairaudit.service.ValidationException;
import org.fairaudit.ui.common.UiExecutor;
import org.fairaudit.ui.common.WholeNumberInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A finding and its corrective actions being edited: used by the finding dialog of the checklist and by the
 * Findings &amp; Actions screen. Validation happens here; {@link #save} commits the finding, then its actions.
 */
public final class FindingEditorViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(FindingEditorViewModel.class);

    private final FindingService findings;
    private final UiExecutor executor;
    private final Clock clock;
    private Finding source;

    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>();
    private final ObjectProperty<FindingStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty evidence = new SimpleStringProperty("");
    private final WholeNumberInput workersAffected = new WholeNumberInput(true);
    private final StringProperty rootCause = new SimpleStringProperty("");
    private final StringProperty workerPseudonyms = new SimpleStringProperty("");
    private final Map<ForcedLabourIndicator, BooleanProperty> indicators = new EnumMap<>(ForcedLabourIndicator.class);
    private final ObservableList<ActionEditorViewModel> actions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper descriptionError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding containImmediately;
    private boolean validationShown;

    private FindingEditorViewModel(FindingWithActions loaded, boolean storedActions, FindingService findings,
                                   UiExecutor executor, Clock clock) {
        this.findings = findings;
        this.executor = executor;
        this.clock = clock;
        this.source = loaded.finding();
        Finding finding = loaded.finding();
        severity.set(finding.severity());
        status.set(finding.status());
        scope.set(finding.scope());
        description.set(finding.description());
        evidence.set(finding.evidence());
        workersAffected.setValue(finding.workersAffected());
        rootCause.set(finding.rootCause());
        workerPseudonyms.set(finding.workerPseudonyms());
        for (ForcedLabourIndicator indicator : ForcedLabourIndicator.values()) {
            indicators.put(indicator, new SimpleBooleanProperty(finding.indicators().contains(indicator)));
        }
        loaded.actions().forEach(action -> actions.add(new ActionEditorViewModel(action, storedActions)));
        containImmediately = Bindings.createBooleanBinding(
                () -> severity.get() != null && severity.get().needsImmediateContainment(), severity);
        severity.addListener((obs, old, now) -> suggestDueDates());
        description.addListener((obs, old, now) -> {
            if (validationShown) {
                validateDescription();
            }
        });
    }

    /** A new finding (e.g. from {@link FindingDrafts#fromBreach}) with its prefilled first corrective action. */
    public static FindingEditorViewModel forDraft(Finding draft, FindingService findings, UiExecutor executor,
                                                  Clock clock) {
        CorrectiveAction firstAction = FindingDrafts.actionFor(draft, LocalDate.now(clock));
        return new FindingEditorViewModel(new FindingWithActions(draft, List.of(firstAction)), false, findings,
                executor, clock);
    }

    /** A stored finding with its stored actions. */
    public static FindingEditorViewModel forStored(FindingWithActions stored, FindingService findings,
                                                   UiExecutor executor, Clock clock) {
        return new FindingEditorViewModel(stored, true, findings, executor, clock);
    }

    /** Adds a corrective-action line due by the current severity. */
    public ActionEditorViewModel addAction() {
        ActionEditorViewModel line = new ActionEditorViewModel(FindingDrafts.actionFor(currentFinding(), today()), false);
        actions.add(line);
        return line;
    }

    /** Checks every field and shows the messages next to them; true when the finding can be saved. */
    public boolean validate() {
        validationShown = true;
        boolean valid = validateDescription();
        valid &= workersAffected.isValid();
        for (ActionEditorViewModel action : actions) {
            valid &= action.validate();
        }
        return valid;
    }

    /** Validates, then saves the finding and its non-blank actions in the background; {@code onSaved} on success. */
    public void save(Runnable onSaved) {
        saveError.set("");
        if (!validate()) {
            return;
        }
        Finding finding = currentFinding();
        List<ActionEditorViewModel> lines = actions.stream().filter(line -> !line.isBlank()).toList();
        saving.set(true);
        executor.submit(() -> {
            Finding saved = findings.save(finding);
            List<CorrectiveAction> savedActions = new ArrayList<>();
            for (ActionEditorViewModel line : lines) {
                savedActions.add(findings.saveAction(line.toAction(saved.id())));
            }
            return new FindingWithActions(saved, savedActions);
        }, saved -> {
            saving.set(false);
            source = saved.finding();
            for (int i = 0; i < lines.size(); i++) {
                lines.get(i).storedAs(saved.actions().get(i));
            }
            onSaved.run();
        }, this::showSaveError);
    }

    private void showSaveError(Throwable error) {
        saving.set(false);
        if (error instanceof ValidationException invalid) {
            for (Violation violation : invalid.violations()) {
                if ("description".equals(violation.field())) {
                    descriptionError.set(Messages.get(violation.messageKey()));
                }
            }
            saveError.set(Messages.get("finding.error.invalid"));
        } else {
            LOG.warn("Could not save finding {}", source.id(), error);
            saveError.set(Messages.get("finding.error.save", String.valueOf(error.getMessage())));
        }
    }

    private boolean validateDescription() {
        boolean valid = !trim(description.get()).isEmpty();
        descriptionError.set(valid ? "" : Messages.get("validation.required"));
        return valid;
    }

    private void suggestDueDates() {
        if (severity.get() == null) {
            return;
        }
        LocalDate suggested = FindingDrafts.actionFor(currentFinding(), source.raisedOn()).dueDate();
        actions.forEach(action -> action.suggestDueDate(suggested));
    }

    Finding currentFinding() {
        Set<ForcedLabourIndicator> chosen = EnumSet.noneOf(ForcedLabourIndicator.class);
        indicators.forEach((indicator, checked) -> {
            if (checked.get()) {
                chosen.add(indicator);
            }
        });
        return new Finding(source.id(), source.supplierId(), source.auditId(), source.requirements(), severity.get(),
                trim(description.get()), trim(evidence.get()), workersAffected.value(), scope.get(), chosen,
                trim(rootCause.get()), status.get(), source.raisedOn(), trim(workerPseudonyms.get()),
                source.version());
    }

    /** The id of the finding edited, the same before and after it is first saved. */
    public UUID findingId() {
        return source.id();
    }

    /** The date overdue actions are judged against. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String requirementsText() {
        return source.requirements().stream().map(RequirementKey::toString).collect(Collectors.joining(", "));
    }

    public ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    public ObjectProperty<FindingStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty evidenceProperty() {
        return evidence;
    }

    public WholeNumberInput workersAffected() {
        return workersAffected;
    }

    public StringProperty rootCauseProperty() {
        return rootCause;
    }

    public StringProperty workerPseudonymsProperty() {
        return workerPseudonyms;
    }

    public BooleanProperty indicatorProperty(ForcedLabourIndicator indicator) {
        return indicators.get(indicator);
    }

    public ObservableList<ActionEditorViewModel> actions() {
        return actions;
    }

    public ReadOnlyStringProperty descriptionErrorProperty() {
        return descriptionError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Zero tolerance: the supplier must contain the breach at once, before the action is due. */
    public BooleanBinding containImmediatelyBinding() {
        return containImmediately;
    }

    private static String trim(String text) {
        return text == null ? "" : text.trim();
    }
}
