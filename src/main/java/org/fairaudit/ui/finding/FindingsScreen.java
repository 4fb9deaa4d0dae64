package org.fairaudit.ui.finding;

import java.time.Clock;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Severity;
import org.fairaudit.domain.Supplier;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.CapImportService;
import org.fairaudit.service.FindingRow;
import org.fairaudit.service.FindingService;
import org.fairaudit.service.ProfileService;
import org.fairaudit.service.SupplierService;
import org.fairaudit.ui.common.EnumLabels;
import org.fairaudit.ui.common.ImportReviewDialog;
import org.fairaudit.ui.common.Screen;
import org.fairaudit.ui.common.TableColumns;
import org.fairaudit.ui.common.UiExecutor;
import org.fairaudit.ui.common.WorkbookChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** "Findings &amp; Actions": every finding with filters; the selected one is edited below the table. */
public final class FindingsScreen implements Screen {
    private static final int LOAD_AHEAD_ROWS = 20;
    private static final double SUPPLIER_FILTER_WIDTH = 240;

    private final FindingsViewModel viewModel;
    private final CapImportViewModel capImport;
    private final BorderPane root = new BorderPane();
    private final TableView<FindingRow> table = new TableView<>();
    private final StackPane editorHolder = new StackPane();

    /** @param clock decides which actions are overdue (tests pass a fixed one) */
    public FindingsScreen(FindingService findings, SupplierService suppliers, CapImportService capImports,
                          ProfileService profiles, UiExecutor executor, Clock clock) {
        viewModel = new FindingsViewModel(findings, suppliers, executor, clock);
        capImport = new CapImportViewModel(capImports, profiles, executor, viewModel::refresh);
        capImport.reviewProperty().addListener((obs, old, review) -> {
            if (review != null) {
                boolean confirmed = ImportReviewDialog.confirm(root.getScene().getWindow(), review);
                if (confirmed) {
                    capImport.apply();
                } else {
                    capImport.discard();
                }
            }
        });
        root.getStylesheets().add(FindingStyles.stylesheet());
        root.setTop(filterBar());
        buildTable();
        SplitPane split = new SplitPane(table, editorHolder);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        root.setCenter(split);
        editorHolder.getChildren().setAll(new Label(Messages.get("finding.list.selectHint")));
        viewModel.editorProperty().addListener((obs, old, now) -> showEditor(now));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }

    private Node filterBar() {
        ComboBox<Supplier> supplier = new ComboBox<>(viewModel.supplierChoices());
        supplier.setId("findingSupplierFilter");
        supplier.setConverter(new StringConverter<>() {
            @Override
            public String toString(Supplier value) {
                return value == null ? Messages.get("finding.filter.allSuppliers") : value.name();
            }

            @Override
            public Supplier fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        supplier.valueProperty().bindBidirectional(viewModel.supplierProperty());
        ComboBox<Severity> severity = anyOf(Severity.values(), "finding.filter.anySeverity");
        severity.valueProperty().bindBidirectional(viewModel.severityProperty());
        ComboBox<FindingStatus> status = anyOf(FindingStatus.values(), "finding.filter.anyStatus");
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        CheckBox overdue = new CheckBox(Messages.get("finding.filter.overdueOnly"));
        overdue.selectedProperty().bindBidirectional(viewModel.overdueOnlyProperty());
        TextField text = new TextField();
        text.setId("findingTextFilter");
        text.setPromptText(Messages.get("perf.finding.filter.text"));
        text.textProperty().bindBidirectional(viewModel.textProperty());
        text.setPrefColumnCount(16);
        supplier.setPrefWidth(SUPPLIER_FILTER_WIDTH); // else as wide as the longest supplier name
        Label count = new Label();
        count.textProperty().bind(viewModel.messageProperty());
        // Wraps onto a second line rather than cutting every filter to "Any …" on a laptop screen.
        FlowPane bar = new FlowPane(12, 8, text, supplier, severity, status, overdue, count, importCapButton());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    /** Hidden for roles that may not import; its outcome is shown next to it. */
    private Node importCapButton() {
        Button button = new Button(Messages.get("sheets.cap.action"), new FontIcon(MaterialDesignF.FILE_IMPORT));
        button.setId("importCapSheet");
        button.setOnAction(event -> WorkbookChooser.choose(root.getScene().getWindow(),
                Messages.get("sheets.cap.choose")).ifPresent(capImport::preview));
        Label outcome = new Label();
        outcome.setId("importCapMessage");
        outcome.textProperty().bind(capImport.messageProperty());
        HBox box = new HBox(8, outcome, button);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setVisible(capImport.allowed());
        box.setManaged(box.isVisible());
        return box;
    }

    private static <E extends Enum<E>> ComboBox<E> anyOf(E[] values, String anyKey) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setConverter(new EnumLabels<>(Messages.get(anyKey)));
        return box;
    }

    private void buildTable() {
        table.setId("findingsTable");
        table.setItems(viewModel.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("finding.list.empty")));
        table.getColumns().add(TableColumns.text("finding.column.supplier", row -> row.supplierName(), 180));
        table.getColumns().add(TableColumns.text("finding.column.requirements", row -> row.finding().requirements()
                .stream().map(RequirementKey::toString).collect(Collectors.joining(", ")), 160));
        TableColumn<FindingRow, Severity> severity = new TableColumn<>(Messages.get("finding.severity"));
        severity.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().finding().severity()));
        severity.setCellFactory(column -> new SeverityCell());
        severity.setPrefWidth(120);
        table.getColumns().add(severity);
        table.getColumns().add(TableColumns.text("finding.status", row -> Messages.of(row.finding().status()), 100));
        table.getColumns().add(TableColumns.text("finding.column.raisedOn", row -> String.valueOf(row.finding().raisedOn()), 100));
        TableColumn<FindingRow, FindingRow> actions = new TableColumn<>(Messages.get("finding.column.actions"));
        actions.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        actions.setCellFactory(column -> new ActionCountCell());
        actions.setPrefWidth(160);
        table.getColumns().add(actions);
        // the table holds the loaded pages only; showing one of the last loaded rows asks for the next page
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(FindingRow item, boolean empty) {
                super.updateItem(item, empty);
                if (!empty && getIndex() >= view.getItems().size() - LOAD_AHEAD_ROWS) {
                    viewModel.loadMore();
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((obs, old, now) -> table.getSelectionModel().select(now));
    }

    private void showEditor(FindingEditorViewModel editor) {
        if (editor == null) {
            editorHolder.getChildren().setAll(new Label(Messages.get("finding.list.selectHint")));
            return;
        }
        Button save = new Button(Messages.get("finding.save"), new FontIcon(MaterialDesignC.CONTENT_SAVE));
        save.setDefaultButton(true);
        save.disableProperty().bind(editor.savingProperty());
        save.setOnAction(event -> viewModel.saveSelected());
        HBox buttons = new HBox(save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(6, 12, 6, 12));
        BorderPane pane = new BorderPane(new FindingEditorView(editor).root());
        pane.setBottom(buttons);
        editorHolder.getChildren().setAll(pane);
    }

    private static final class SeverityCell extends TableCell<FindingRow, Severity> {
        @Override
        protected void updateItem(Severity item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(style -> style.startsWith("severity-"));
            setText(empty || item == null ? null : Messages.of(item));
            if (!empty && item != null) {
                getStyleClass().add(FindingStyles.of(item));
            }
        }
    }

    private static final class ActionCountCell extends TableCell<FindingRow, FindingRow> {
        @Override
        protected void updateItem(FindingRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove(FindingStyles.OVERDUE);
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(Messages.get("finding.column.actionCounts", item.openActions(), item.overdueActions()));
            if (item.overdueActions() > 0) {
                getStyleClass().add(FindingStyles.OVERDUE);
            }
        }
    }
}
