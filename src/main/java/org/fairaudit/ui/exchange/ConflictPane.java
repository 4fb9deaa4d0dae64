package org.fairaudit.ui.exchange;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.Conflict;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.FieldMessage;
import org.fairaudit.ui.common.TableColumns;

/**
 * Open conflicts: the list, then the selected one side by side (field, mine, theirs) with "Keep mine", "Take
 * theirs" and, for text fields that differ, editable merged texts.
 */
final class ConflictPane {
    private static final DateTimeFormatter ARRIVED =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private final ConflictsViewModel viewModel;
    private final VBox mergeEditors = new VBox(6);
    private final VBox root;

    ConflictPane(ConflictsViewModel viewModel) {
        this.viewModel = viewModel;
        Label title = new Label(Messages.get("exchange.conflicts.title"));
        title.getStyleClass().add(AppStyles.DETAIL_HEADING);

        TableView<Conflict> list = new TableView<>(viewModel.conflicts());
        list.setId("conflictTable");
        list.setPlaceholder(new Label(Messages.get("exchange.conflicts.none")));
        list.getColumns().setAll(List.of(
                TableColumns.text("exchange.conflicts.kind", c -> ConflictsViewModel.typeLabel(c.entityType()), 140),
                TableColumns.text("exchange.conflicts.record", ConflictsViewModel::recordLabel, 260),
                TableColumns.text("exchange.conflicts.from", Conflict::peerName, 160),
                TableColumns.text("exchange.conflicts.arrived", c -> ARRIVED.format(c.arrivedAt()), 160)));
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        list.setPrefHeight(140);
        list.setMinHeight(Region.USE_PREF_SIZE); // the fields below give way, not the list
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            }
        });

        TableView<Conflict.Field> fields = new TableView<>(viewModel.fields());
        fields.setId("conflictFields");
        fields.setPlaceholder(new Label(Messages.get("exchange.conflicts.pick")));
        fields.getColumns().setAll(List.of(
                TableColumns.text("exchange.conflicts.field", Conflict.Field::name, 160),
                TableColumns.text("exchange.conflicts.mine", Conflict.Field::mine, 260),
                TableColumns.text("exchange.conflicts.theirs", Conflict.Field::theirs, 260)));
        fields.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // the fields that differ are the ones to look at
        fields.getStyleClass().add(AppStyles.CONFLICT_FIELDS);
        fields.setRowFactory(view -> new DifferingFieldRow());
        VBox.setVgrow(fields, Priority.ALWAYS);
        viewModel.fields().addListener((ListChangeListener<Conflict.Field>) change -> showMergeEditors());

        Label message = new Label();
        message.setId("conflictMessage");
        message.textProperty().bind(viewModel.messageProperty());
        HBox actions = new HBox(12, buttons(), message);
        actions.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(10, title, list, fields, mergeEditors, actions, FieldMessage.of(viewModel.errorProperty()));
        VBox.setVgrow(root, Priority.ALWAYS);
    }

    Node root() {
        return root;
    }

    private Node buttons() {
        Button keepMine = new Button(Messages.get("exchange.conflicts.keepMine"));
        keepMine.setId("keepMine");
        keepMine.setOnAction(event -> viewModel.keepMine());
        Button takeTheirs = new Button(Messages.get("exchange.conflicts.takeTheirs"));
        takeTheirs.setId("takeTheirs");
        takeTheirs.setOnAction(event -> viewModel.takeTheirs());
        Button merge = new Button(Messages.get("exchange.conflicts.merge"));
        merge.setId("mergeConflict");
        merge.setOnAction(event -> viewModel.merge());
        keepMine.disableProperty().bind(viewModel.selectedProperty().isNull());
        takeTheirs.disableProperty().bind(viewModel.selectedProperty().isNull());
        merge.disableProperty().bind(viewModel.selectedProperty().isNull());
        merge.visibleProperty().bind(mergeEditors.visibleProperty());
        return new HBox(8, keepMine, takeTheirs, merge);
    }

    private void showMergeEditors() {
        mergeEditors.getChildren().clear();
        for (Map.Entry<String, javafx.beans.property.StringProperty> entry : viewModel.mergedText().entrySet()) {
            TextArea text = new TextArea();
            text.setId("merged-" + entry.getKey());
            text.setWrapText(true);
            text.setPrefRowCount(3);
            text.textProperty().bindBidirectional(entry.getValue());
            mergeEditors.getChildren().addAll(new Label(Messages.get("exchange.conflicts.mergedText",
                    entry.getKey())), text);
        }
        mergeEditors.setVisible(!viewModel.mergedText().isEmpty());
        mergeEditors.setManaged(mergeEditors.isVisible());
    }
}
