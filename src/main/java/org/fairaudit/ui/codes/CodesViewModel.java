package org.fairaudit.ui.codes;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeSection;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.domain.Requirement;
import org.fairaudit.domain.Topic;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.CodeService;
import org.fairaudit.ui.common.ErrorReporter;
import org.fairaudit.ui.common.UiExecutor;

/** Browses the codes of conduct: pick a code, search its requirements, read one in full with its crosswalk. */
public final class CodesViewModel {
    private final CodeService codeService;
    private final UiExecutor executor;
    private final ErrorReporter errors;

    private final ObservableList<CodeOfConduct> codes = FXCollections.observableArrayList();
    private final ObservableList<String> templateProblems = FXCollections.observableArrayList();
    private final ObjectProperty<CodeOfConduct> selectedCode = new SimpleObjectProperty<>();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<CodeSection> visibleSections = FXCollections.observableArrayList();
    private final ObservableList<CodeOfConduct> codesView = FXCollections.unmodifiableObservableList(codes);
    private final ObservableList<String> templateProblemsView = FXCollections.unmodifiableObservableList(templateProblems);
    private final ObservableList<CodeSection> visibleSectionsView =
            FXCollections.unmodifiableObservableList(visibleSections);
    private final ObjectProperty<Requirement> selectedRequirement = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<RequirementDetail> detail = new ReadOnlyObjectWrapper<>();
    private Crosswalk crosswalk = Crosswalk.EMPTY;

    public CodesViewModel(CodeService codeService, UiExecutor executor, ErrorReporter errors) {
        this.codeService = codeService;
        this.executor = executor;
        this.errors = errors;
        selectedCode.addListener(o -> filter());
        searchText.addListener(o -> filter());
        selectedRequirement.addListener((obs, old, requirement) -> detail.set(describe(requirement)));
    }

    /** Loads codes, crosswalk and template problems in the background; keeps the chosen code if it still exists. */
    public void load() {
        executor.submit(() -> new Catalogue(codeService.codes(), codeService.crosswalk(),
                codeService.templateProblems()), this::show, errors::report);
    }

    private void show(Catalogue catalogue) {
        crosswalk = catalogue.crosswalk();
        templateProblems.setAll(catalogue.problems());
        String chosenId = selectedCode.get() == null ? null : selectedCode.get().id();
        codes.setAll(catalogue.codes());
        selectedCode.set(catalogue.codes().stream().filter(c -> c.id().equals(chosenId)).findFirst()
                .orElse(catalogue.codes().isEmpty() ? null : catalogue.codes().get(0)));
        detail.set(describe(selectedRequirement.get()));
    }

    /** Sections of the chosen code holding only requirements whose ref, text or guidance contain the search text. */
    private void filter() {
        CodeOfConduct code = selectedCode.get();
        if (code == null) {
            visibleSections.clear();
            selectedRequirement.set(null);
            return;
        }
        String needle = searchText.get() == null ? "" : searchText.get().trim().toLowerCase(Locale.ROOT);
        List<CodeSection> matching = code.sections().stream()
                .map(section -> new CodeSection(section.id(), section.title(), section.requirements().stream()
                        .filter(r -> matches(r, needle)).toList()))
                .filter(section -> !section.requirements().isEmpty())
                .toList();
        visibleSections.setAll(matching);
        boolean stillVisible = matching.stream().flatMap(s -> s.requirements().stream())
                .anyMatch(r -> r.equals(selectedRequirement.get()));
        if (!stillVisible) {
            selectedRequirement.set(null);
        }
    }

    private static boolean matches(Requirement requirement, String needle) {
        return needle.isEmpty()
                || requirement.ref().toLowerCase(Locale.ROOT).contains(needle)
                || requirement.text().toLowerCase(Locale.ROOT).contains(needle)
                || requirement.guidance().toLowerCase(Locale.ROOT).contains(needle);
    }

    private RequirementDetail describe(Requirement r) {
        if (r == null) {
            return null;
        }
        return new RequirementDetail(r.ref(), r.text(), r.guidance(),
                r.checkBy().stream().map(Messages::of).collect(Collectors.joining(", ")),
                String.join("; ", r.references()),
                r.topics().stream().map(this::topicLine).toList(),
                Messages.of(r.defaultSeverity()),
                Messages.get(r.zeroTolerance() ? "codesview.yes" : "codesview.no"),
                r.indicator() == null ? Messages.get("codesview.none") : Messages.of(r.indicator())
                        + (r.strongIndicator() ? " " + Messages.get("codesview.strongIndicator") : ""));
    }

    private RequirementDetail.TopicLine topicLine(String topicId) {
        return crosswalk.topic(topicId)
                .map(topic -> new RequirementDetail.TopicLine(topic.title(), headings(topic)))
                .orElse(new RequirementDetail.TopicLine(topicId, Messages.get("codesview.topicUnknown")));
    }

    private static String headings(Topic topic) {
        String schemes = topic.headings().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
        String frame = Messages.get("codesview.topicFrame", Messages.get(topic.pillarKey()), topic.ungcPrinciple());
        return schemes.isEmpty() ? frame : schemes + "\n" + frame;
    }

    /** "Version 2.1 · ILO · 24 requirements" under a code's title in the list. */
    public static String summary(CodeOfConduct code) {
        return Messages.get("codesview.code.summary", code.version(), code.issuer(), code.requirementCount());
    }

    public ObservableList<CodeOfConduct> codes() {
        return codesView;
    }

    public ObservableList<String> templateProblems() {
        return templateProblemsView;
    }

    public ObjectProperty<CodeOfConduct> selectedCodeProperty() {
        return selectedCode;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<CodeSection> visibleSections() {
        return visibleSectionsView;
    }

    public ObjectProperty<Requirement> selectedRequirementProperty() {
        return selectedRequirement;
    }

    public ReadOnlyObjectProperty<RequirementDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    private record Catalogue(List<CodeOfConduct> codes, Crosswalk crosswalk, List<String> problems) {
    }
}
