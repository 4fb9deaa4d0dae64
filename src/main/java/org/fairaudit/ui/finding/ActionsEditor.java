package org.fairaudit.ui.finding;

import java.time.LocalDate;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.EnumLabels;
import org.fairaudit.ui.common.FieldMessage;
import org.fairaudit.ui.common.FormGrid;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The corrective-action plan of a finding: a table of lines and a form editing the selected line. */
final class ActionsEditor {
    private final FindingEditorViewModel viewModel;
    private final TableView<ActionEditorViewModel> table = new TableView<>();
    private final TextField action = new TextField();
    private final TextField owner = new TextField();
    private final DatePicker dueDate = new DatePicker();
    private final ComboBox<ActionStatus> status = new ComboBox<>();
    private final TextField verificationMethod = new TextField();
    private final DatePicker verifiedOn = new DatePicker();
    private final TextField verifier = new TextField();
    /** The selected line's message about its action text. */
    private final StringProperty actionError = new SimpleStringProperty("");
    private final VBox root;

    ActionsEditor(FindingEditorViewModel viewModel) {
        this.viewModel = viewModel;
        buildTable();
        status.getItems().setAll(ActionStatus.values());
        status.setConverter(new EnumLabels<>());
        action.setId("actionText");
        owner.setId("actionOwner");
        Button add = new Button(Messages.get("finding.action.add"), new FontIcon(MaterialDesignP.PLUS));
        add.setOnAction(e -> table.getSelectionModel().select(viewModel.addAction()));
        Label title = new Label(Messages.get("finding.actions"));
        title.getStyleClass().add(AppStyles.DETAIL_HEADING);
        Label containment = new Label(Messages.get("finding.containImmediately"));
        containment.getStyleClass().add(FindingStyles.CONTAINMENT);
        containment.visibleProperty().bind(viewModel.containImmediatelyBinding());
        containment.managedProperty().bind(containment.visibleProperty());
        HBox heading = new HBox(12, title, containment, spacer(), add);
        heading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        FormGrid form = new FormGrid();
        form.add(Messages.get("finding.action.action"), action, FieldMessage.under(action, actionError));
        form.add(Messages.get("finding.action.owner"), owner);
        form.add(Messages.get("finding.action.dueDate"), dueDate,
                new HBox(12, dueDate, new Label(Messages.get("finding.action.status")), status));
        form.add(Messages.get("finding.action.verificationMethod"), verificationMethod);
        form.add(Messages.get("finding.action.verifiedOn"), verifiedOn,
                new HBox(12, verifiedOn, new Label(Messages.get("finding.action.verifier")), verifier));
        form.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> rebind(old, now));
        root = new VBox(8, heading, table, form);
        if (!viewModel.actions().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    Node root() {
        return root;
    }

    private void buildTable() {
        table.setItems(viewModel.actions());
        table.setPrefHeight(130);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("finding.actions.none")));
        table.getColumns().add(textColumn("finding.action.action", 200, row -> row.actionProperty()));
        table.getColumns().add(textColumn("finding.action.owner", 110, row -> row.ownerProperty()));
        TableColumn<ActionEditorViewModel, LocalDate> due = new TableColumn<>(Messages.get("finding.action.dueDate"));
        due.setCellValueFactory(cell -> cell.getValue().dueDateProperty());
        due.setPrefWidth(95);
        TableColumn<ActionEditorViewModel, ActionStatus> state = new TableColumn<>(Messages.get("finding.action.status"));
        state.setCellValueFactory(cell -> cell.getValue().statusProperty());
        state.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(ActionStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Messages.of(item));
            }
        });
        state.setPrefWidth(90);
        TableColumn<ActionEditorViewModel, LocalDate> verified = new TableColumn<>(Messages.get("finding.action.verifiedOn"));
        verified.setCellValueFactory(cell -> cell.getValue().verifiedOnProperty());
        verified.setPrefWidth(95);
        table.getColumns().add(due);
        table.getColumns().add(state);
        table.getColumns().add(textColumn("finding.action.verificationMethod", 120, row -> row.verificationMethodProperty()));
        table.getColumns().add(verified);
        table.getColumns().add(textColumn("finding.action.verifier", 100, row -> row.verifierProperty()));
        LocalDate today = viewModel.today();
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ActionEditorViewModel item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(FindingStyles.OVERDUE);
                if (!empty && item != null && item.isOverdue(today)) {
                    getStyleClass().add(FindingStyles.OVERDUE);
                }
            }
        });
    }

    private static TableColumn<ActionEditorViewModel, String> textColumn(
            String key, double width, javafx.util.Callback<ActionEditorViewModel, javafx.beans.value.ObservableValue<String>> value) {
        TableColumn<ActionEditorViewModel, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> value.call(cell.getValue()));
        column.setPrefWidth(width);
        return column;
    }

    /** The form edits whichever line is selected. */
    private void rebind(ActionEditorViewModel old, ActionEditorViewModel now) {
        if (old != null) {
            action.textProperty().unbindBidirectional(old.actionProperty());
            owner.textProperty().unbindBidirectional(old.ownerProperty());
            dueDate.valueProperty().unbindBidirectional(old.dueDateProperty());
            status.valueProperty().unbindBidirectional(old.statusProperty());
            verificationMethod.textProperty().unbindBidirectional(old.verificationMethodProperty());
            verifiedOn.valueProperty().unbindBidirectional(old.verifiedOnProperty());
            verifier.textProperty().unbindBidirectional(old.verifierProperty());
            actionError.unbind();
            actionError.set("");
        }
        if (now != null) {
            action.textProperty().bindBidirectional(now.actionProperty());
            owner.textProperty().bindBidirectional(now.ownerProperty());
            dueDate.valueProperty().bindBidirectional(now.dueDateProperty());
            status.valueProperty().bindBidirectional(now.statusProperty());
            verificationMethod.textProperty().bindBidirectional(now.verificationMethodProperty());
            verifiedOn.valueProperty().bindBidirectional(now.verifiedOnProperty());
            verifier.textProperty().bindBidirectional(now.verifierProperty());
            actionError.bind(now.actionErrorProperty());
        }
    }

    private static Node spacer() {
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
