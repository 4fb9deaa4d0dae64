package org.fairaudit.ui.supplier;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.FieldDecorations;
import org.fairaudit.ui.common.FormGrid;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The workforce profile form: counts as of a date and an editable table of migrant groups. */
final class WorkforceView {
    private final WorkforceViewModel viewModel;
    private final FieldDecorations decorations = new FieldDecorations();
    private final FormGrid form = new FormGrid();
    private final ScrollPane root;

    WorkforceView(WorkforceViewModel viewModel) {
        this.viewModel = viewModel;
        DatePicker asOf = new DatePicker();
        asOf.valueProperty().bindBidirectional(viewModel.asOfProperty());
        form.add(Messages.get("supplier.workforce.asOf"), asOf, decorations.decorate(asOf,
                viewModel.fieldErrors().messageProperty(WorkforceViewModel.AS_OF)));
        count("supplier.workforce.total", WorkforceViewModel.TOTAL);
        count("supplier.workforce.women", WorkforceViewModel.WOMEN);
        count("supplier.workforce.agency", WorkforceViewModel.AGENCY);
        count("supplier.workforce.young", WorkforceViewModel.YOUNG);
        count("supplier.workforce.housing", WorkforceViewModel.HOUSING);

        TableView<MigrantGroupRow> migrants = migrantTable();
        Label migrantsHeading = new Label(Messages.get("supplier.workforce.migrants"));
        migrantsHeading.getStyleClass().add(AppStyles.DETAIL_HEADING);
        migrantsHeading.setLabelFor(migrants);
        form.addWide(migrantsHeading);
        form.addWide(decorations.decorate(migrants,
                viewModel.fieldErrors().messageProperty(WorkforceViewModel.MIGRANTS)));
        form.addWide(migrantButtons(migrants));
        form.addWide(saveRow());

        Label hint = new Label(Messages.get("supplier.workforce.hint"));
        hint.getStyleClass().add(AppStyles.MUTED);
        hint.setWrapText(true);
        VBox page = new VBox(12, hint, form);
        page.getStyleClass().add(AppStyles.SCREEN);
        root = new ScrollPane(page);
        root.setFitToWidth(true);
    }

    Node root() {
        return root;
    }

    private void count(String labelKey, String field) {
        TextField text = new TextField();
        text.setPrefColumnCount(8);
        text.textProperty().bindBidirectional(viewModel.countProperty(field));
        form.add(Messages.get(labelKey), text, decorations.decorate(text,
                viewModel.fieldErrors().messageProperty(field)));
    }

    private TableView<MigrantGroupRow> migrantTable() {
        TableView<MigrantGroupRow> table = new TableView<>(viewModel.migrants());
        table.setEditable(true);
        table.setPrefHeight(160);
        Label placeholder = new Label(Messages.get("supplier.workforce.noMigrants"));
        placeholder.getStyleClass().add(AppStyles.MUTED);
        table.setPlaceholder(placeholder);
        TableColumn<MigrantGroupRow, String> nationality =
                new TableColumn<>(Messages.get("supplier.workforce.nationality"));
        nationality.setCellValueFactory(cell -> cell.getValue().nationalityProperty());
        nationality.setCellFactory(TextFieldTableCell.forTableColumn());
        nationality.setPrefWidth(220);
        TableColumn<MigrantGroupRow, String> workers = new TableColumn<>(Messages.get("supplier.workforce.workers"));
        workers.setCellValueFactory(cell -> cell.getValue().workersProperty());
        workers.setCellFactory(TextFieldTableCell.forTableColumn());
        workers.setPrefWidth(100);
        table.getColumns().setAll(List.of(nationality, workers));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        return table;
    }

    private Node migrantButtons(TableView<MigrantGroupRow> table) {
        Button add = new Button(Messages.get("supplier.workforce.addGroup"), new FontIcon(MaterialDesignP.PLUS));
        add.setOnAction(e -> {
            viewModel.addMigrantGroup();
            table.edit(viewModel.migrants().size() - 1, table.getColumns().get(0));
        });
        Button remove = new Button(Messages.get("supplier.workforce.removeGroup"),
                new FontIcon(MaterialDesignM.MINUS));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> viewModel.removeMigrantGroup(table.getSelectionModel().getSelectedItem()));
        return new HBox(8, add, remove);
    }

    private Node saveRow() {
        Button save = new Button(Messages.get("supplier.workforce.save"), new FontIcon(MaterialDesignC.CONTENT_SAVE));
        save.getStyleClass().add("accent");
        save.disableProperty().bind(viewModel.canSaveBinding().not());
        save.setOnAction(e -> viewModel.save());
        Label notice = new Label();
        notice.getStyleClass().add(AppStyles.MUTED);
        notice.textProperty().bind(viewModel.noticeProperty());
        HBox box = new HBox(12, save, notice);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
