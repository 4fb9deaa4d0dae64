package org.fairaudit.ui.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.input.KeyCode;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.AuditRating;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeSection;
import org.fairaudit.domain.FindingDrafts;
import org.fairaudit.domain.Requirement;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Response;
import org.fairaudit.domain.ResponseResult;
import org.fairaudit.domain.ReviewEvent;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.finding.FindingEditorViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checklist of one audit: requirements grouped by code and section, the selected one, results set by key or
 * button with automatic advance, progress and rating. Marking a requirement non-compliant asks the
 * {@link #setOnBreach breach handler} to record a finding prefilled by {@link FindingDrafts}. A submitted or
 * accepted audit shows its checklist read-only.
 */
final class ChecklistViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ChecklistViewModel.class);

    private final UUID auditId;
    private final ChecklistDependencies deps;
    private final SaveLane lane;
    private final ResponseCommitter committer;
    private final AuditHeaderViewModel header;
    private final ResponseEditorViewModel editor;
    private final ExportViewModel export;
    private final ObservableList<ChecklistItem> items =
            FXCollections.observableArrayList(item -> new Observable[] {item.resultProperty()});
    private final ReadOnlyObjectWrapper<List<ChecklistGroup>> groups = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<ChecklistItem> selected = new SimpleObjectProperty<>();
    private final IntegerBinding assessed = count(ResponseResult::isAssessed);
    private final IntegerBinding applicable = count(ResponseResult::isApplicable);
    private final ReadOnlyStringWrapper ratingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");
    private Predicate<FindingEditorViewModel> breachHandler = draft -> false;
    /** Requirements of this audit that already have a finding. */
    private final Set<RequirementKey> withFindings = new HashSet<>();

    ChecklistViewModel(UUID auditId, ChecklistDependencies deps) {
        this.auditId = auditId;
        this.deps = deps;
        lane = new SaveLane(deps.executor());
        committer = new ResponseCommitter(deps.audits(), lane, this::refreshRating);
        header = new AuditHeaderViewModel(deps.audits(), lane, deps.debounces().get());
        editor = new ResponseEditorViewModel(deps.audits(), deps.executor(), committer, deps.debounces().get());
        export = new ExportViewModel(auditId, deps.reports(), deps.executor());
        selected.addListener((obs, old, now) -> editor.show(now));
    }

    /** Loads the audit, its pinned codes, responses and rating in the background. */
    void load() {
        deps.executor().submit(this::fetch, this::show, error -> {
            LOG.warn("Audit {} could not be loaded", auditId, error);
            loadError.set(Messages.get("audit.error.load", String.valueOf(error.getMessage())));
        });
    }

    private LoadedAudit fetch() {
        Audit audit = deps.audits().find(auditId)
                .orElseThrow(() -> new IllegalStateException(Messages.get("audit.error.missing")));
        String supplierName = deps.suppliers().find(audit.supplierId()).map(s -> s.name()).orElse("");
        Set<RequirementKey> withFindings = deps.findings().findingsOfAudit(auditId).stream()
                .flatMap(finding -> finding.requirements().stream())
                .collect(Collectors.toSet());
        // the auditor of a returned audit sees why: the reviewer's last return
        ReviewEvent<AuditStatus> lastReturn = audit.status() != AuditStatus.RETURNED ? null
                : deps.reviewHistory().of(auditId).stream().filter(event -> event.to() == AuditStatus.RETURNED)
                        .reduce((first, second) -> second).orElse(null);
        return new LoadedAudit(audit, supplierName, deps.audits().codesOf(audit), deps.audits().responses(auditId),
                deps.audits().rating(auditId), withFindings, lastReturn);
    }

    private void show(LoadedAudit loaded) {
        header.show(loaded.audit(), loaded.supplierName(), loaded.codes(), loaded.lastReturn());
        withFindings.clear();
        withFindings.addAll(loaded.withFindings());
        Map<RequirementKey, Response> responses = loaded.responses().stream()
                .collect(Collectors.toMap(Response::requirement, Function.identity(), (first, second) -> first));
        List<ChecklistGroup> built = new ArrayList<>();
        for (CodeOfConduct code : loaded.codes()) {
            for (CodeSection section : code.sections()) {
                List<ChecklistItem> sectionItems = new ArrayList<>();
                for (Requirement requirement : section.requirements()) {
                    RequirementKey key = new RequirementKey(code.id(), requirement.ref());
                    Response response = responses.getOrDefault(key, Response.notAssessed(auditId, key));
                    sectionItems.add(new ChecklistItem(code, section, requirement, response));
                }
                built.add(new ChecklistGroup(code, section, sectionItems));
            }
        }
        items.setAll(built.stream().flatMap(group -> group.items().stream()).toList());
        groups.set(List.copyOf(built));
        showRating(loaded.rating());
        selected.set(items.isEmpty() ? null : items.get(0));
    }

    /**
     * The checklist keys: C, N, O, A, U set a result; J or Down moves to the next requirement, K or Up to the
     * previous one. Returns whether the key was used.
     */
    boolean onKey(KeyCode key) {
        switch (key) {
            case J, DOWN -> selectNext();
            case K, UP -> selectPrevious();
            default -> {
                return ResultKeys.resultOf(key).map(result -> {
                    setResult(result);
                    return true;
                }).orElse(false);
            }
        }
        return true;
    }

    /** Sets the selected requirement's result, commits it, and moves on to the next requirement. */
    void setResult(ResponseResult result) {
        ChecklistItem item = selected.get();
        if (item == null || !header.editableProperty().get()) {
            return;
        }
        ResponseResult previous = item.result();
        item.setResult(result);
        committer.commit(item);
        selectNext();
        // N asks for a finding when the breach is new, and again while it has none (the dialog was cancelled).
        if (result == ResponseResult.NON_COMPLIANT
                && (previous != ResponseResult.NON_COMPLIANT || !withFindings.contains(item.key()))) {
            askForFinding(item);
        }
    }

    private void askForFinding(ChecklistItem item) {
        LocalDate today = LocalDate.now(deps.clock());
        FindingEditorViewModel draft = FindingEditorViewModel.forDraft(
                FindingDrafts.fromBreach(header.audit(), item.code(), item.requirement(), today),
                deps.findings(), deps.executor(), deps.clock());
        // Cancel keeps the non-compliant result; only a saved finding can change the rating.
        if (breachHandler.test(draft)) {
            withFindings.add(item.key());
            refreshRating();
        }
    }

    void selectNext() {
        move(1);
    }

    void selectPrevious() {
        move(-1);
    }

    private void move(int step) {
        int index = items.indexOf(selected.get()) + step;
        if (index >= 0 && index < items.size()) {
            selected.set(items.get(index));
        }
    }

    /** Commits whatever is still waiting for a pause in typing; call when the checklist closes. */
    void flush() {
        editor.flush();
        header.flush();
    }

    private void refreshRating() {
        deps.executor().submit(() -> deps.audits().rating(auditId), this::showRating,
                error -> LOG.warn("Rating of audit {} could not be computed", auditId, error));
    }

    private void showRating(AuditRating rating) {
        String score = rating.overall().percent().isPresent()
                ? Messages.get("audit.rating.score", Math.round(rating.overall().percent().getAsDouble()))
                : Messages.get("audit.rating.noScore");
        String grade = rating.grade().map(g -> Messages.get("audit.rating.grade", Messages.of(g))).orElse("");
        StringBuilder text = new StringBuilder(score);
        if (!grade.isEmpty()) {
            text.append(" · ").append(grade);
        }
        if (rating.zeroToleranceOverride()) {
            text.append(" · ").append(Messages.get("audit.rating.zeroTolerance"));
        }
        if (rating.incomplete()) {
            text.append(" · ").append(Messages.get("audit.rating.incomplete"));
        }
        ratingText.set(text.toString());
    }

    private IntegerBinding count(Predicate<ResponseResult> counted) {
        return Bindings.createIntegerBinding(
                () -> (int) items.stream().filter(item -> counted.test(item.result())).count(), items);
    }

    /** @param handler opens the finding dialog for a prefilled draft; returns true when the finding was saved */
    void setOnBreach(Predicate<FindingEditorViewModel> handler) {
        breachHandler = handler;
    }

    String defaultReportFileName() {
        Audit audit = header.audit();
        return ExportViewModel.defaultFileName(header.supplierNameProperty().get(),
                audit == null ? null : audit.startDate());
    }

    AuditHeaderViewModel header() {
        return header;
    }

    ResponseEditorViewModel editor() {
        return editor;
    }

    ExportViewModel export() {
        return export;
    }

    ObservableList<ChecklistItem> items() {
        return items;
    }

    ReadOnlyObjectProperty<List<ChecklistGroup>> groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    ObjectProperty<ChecklistItem> selectedProperty() {
        return selected;
    }

    IntegerBinding assessedBinding() {
        return assessed;
    }

    IntegerBinding applicableBinding() {
        return applicable;
    }

    ReadOnlyStringProperty ratingTextProperty() {
        return ratingText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    /** False while the audit is submitted or accepted: results, evidence, notes and attachments cannot change. */
    ReadOnlyBooleanProperty editableProperty() {
        return header.editableProperty();
    }

    ReadOnlyObjectProperty<SaveLane.State> saveStateProperty() {
        return lane.stateProperty();
    }

    /** Why the last save failed, in words for the user; meaningful while the state is FAILED. */
    ReadOnlyStringProperty saveFailureProperty() {
        return lane.failureProperty();
    }

    private record LoadedAudit(Audit audit, String supplierName, List<CodeOfConduct> codes, List<Response> responses,
                               AuditRating rating, Set<RequirementKey> withFindings,
                               ReviewEvent<AuditStatus> lastReturn) {
    }
}
