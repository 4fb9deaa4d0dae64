package org.fairaudit.ui.finding;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.Scope;
import org.fairaudit.domain.Severity;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.ConfidentialBadge;
import org.fairaudit.ui.common.EnumLabels;
import org.fairaudit.ui.common.FieldMessage;
import org.fairaudit.ui.common.FollowFocus;
import org.fairaudit.ui.common.FormGrid;
import org.fairaudit.ui.common.TabMovesFocus;

/** The fields of one finding and its corrective-action plan, bound to a {@link FindingEditorViewModel}. */
public final class FindingEditorView {
    private final ScrollPane root;
    private final TextArea description = new TextArea();

    public FindingEditorView(FindingEditorViewModel viewModel) {
        ComboBox<Severity> severity = choice(Severity.values(), viewModel.severityProperty());
        severity.setId("findingSeverity");
        ComboBox<FindingStatus> status = choice(FindingStatus.values(), viewModel.statusProperty());
        ComboBox<Scope> scope = choice(Scope.values(), viewModel.scopeProperty());
        description.setId("findingDescription");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        TabMovesFocus.install(description);
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());
        TextArea evidence = textArea(viewModel.evidenceProperty());
        TextArea rootCause = textArea(viewModel.rootCauseProperty());
        TextField workers = new TextField();
        workers.setPrefColumnCount(6);
        workers.setMaxWidth(120);
        workers.textProperty().bindBidirectional(viewModel.workersAffected().textProperty());
        TextField pseudonyms = new TextField();
        pseudonyms.textProperty().bindBidirectional(viewModel.workerPseudonymsProperty());
        pseudonyms.setPromptText(Messages.get("finding.workerPseudonyms.prompt"));

        Label requirements = new Label(viewModel.requirementsText());
        requirements.getStyleClass().add(AppStyles.DETAIL_HEADING);
        FormGrid form = new FormGrid();
        form.add(Messages.get("finding.requirements"), requirements);
        form.add(Messages.get("finding.severity"), severity, inline(severity,
                new Label(Messages.get("finding.status")), status, new Label(Messages.get("finding.scope")), scope));
        form.add(Messages.get("finding.description"), description,
                FieldMessage.under(description, viewModel.descriptionErrorProperty()));
        form.add(Messages.get("finding.evidence"), evidence);
        form.add(Messages.get("finding.workersAffected"), workers,
                FieldMessage.under(workers, viewModel.workersAffected().errorProperty()));
        form.add(Messages.get("finding.indicators"), indicators(viewModel));
        form.add(Messages.get("finding.rootCause"), rootCause);
        form.add(Messages.get("finding.workerPseudonyms"), pseudonyms,
                new VBox(4, pseudonyms, ConfidentialBadge.create()));

        Label saveError = FieldMessage.of(viewModel.saveErrorProperty());
        VBox content = new VBox(16, form, new ActionsEditor(viewModel).root(), saveError);
        content.setPadding(new javafx.geometry.Insets(12));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        FollowFocus.install(root); // the prefilled corrective action sits below the fold
        root.getStylesheets().add(FindingStyles.stylesheet());
    }

    public Node root() {
        return root;
    }

    /** Where typing starts when the editor opens. */
    public Node firstField() {
        return description;
    }

    private static Node indicators(FindingEditorViewModel viewModel) {
        GridPane boxes = new GridPane();
        boxes.setHgap(16);
        boxes.setVgap(6);
        ForcedLabourIndicator[] all = ForcedLabourIndicator.values();
        for (int i = 0; i < all.length; i++) {
            CheckBox box = new CheckBox(Messages.of(all[i]));
            box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            box.selectedProperty().bindBidirectional(viewModel.indicatorProperty(all[i]));
            boxes.add(box, i % 2, i / 2);
        }
        return boxes;
    }

    private static HBox inline(Node... children) {
        HBox row = new HBox(10, children);
        row.setAlignment(javafx.geometry.Pos.BASELINE_LEFT); // on the row label's baseline, as FormGrid aligns it
        return row;
    }

    private static <E extends Enum<E>> ComboBox<E> choice(E[] values, javafx.beans.property.ObjectProperty<E> value) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setConverter(new EnumLabels<>());
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static TextArea textArea(javafx.beans.property.StringProperty text) {
        TextArea area = TabMovesFocus.install(new TextArea());
        area.setPrefRowCount(2);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(text);
        return area;
    }
}
