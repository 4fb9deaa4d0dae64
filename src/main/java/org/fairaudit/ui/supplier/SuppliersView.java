package org.fairaudit.ui.supplier;

import java.util.List;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fairaudit.domain.Supplier;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.RecordHistoryView;
import org.fairaudit.ui.common.RecordHistoryViewModel;
import org.fairaudit.ui.common.Countries;
import org.fairaudit.ui.common.Screen;
import org.fairaudit.ui.common.TableColumns;
import org.fairaudit.ui.exchange.PackageExportViewModel;
import org.fairaudit.ui.exchange.PackageExports;
import org.fairaudit.ui.exchange.PackageScope;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The suppliers screen: searchable table on the left, the selected supplier's details, workforce profile and
 * recruitment agencies on the right.
 * Composition root: {@code new SuppliersView(new SuppliersViewModel(services.suppliers(), services.fees(), executor,
 * errors, new FxDebouncer(Duration.millis(250)), clock), history, packageExports)}.
 */
public final class SuppliersView implements Screen {
    /** Wide enough for the editor's five tabs and its forms. */
    private static final double EDITOR_WIDTH = 540;
    private static final double LIST_SHARE_AT_LEAST = 0.45;

    private final SuppliersViewModel viewModel;
    private final RecordHistoryViewModel history;
    private final PackageExports packages;
    private final TableView<Supplier> table = new TableView<>();
    private final SplitPane root;

    /**
     * @param history  the change history of the selected supplier and its agencies; null hides the History tab
     * @param packages offers "Export package…" (this supplier with its history) to roles that may export
     */
    public SuppliersView(SuppliersViewModel viewModel, RecordHistoryViewModel history, PackageExports packages) {
        this.viewModel = viewModel;
        this.history = history;
        this.packages = packages;
        Node editor = editorTabs();
        root = new SplitPane(listPane(), editor);
        root.setDividerPositions(LIST_SHARE_AT_LEAST);
        // The editor keeps the width its tabs and forms need; the list takes the rest, on a wide window all of it.
        SplitPane.setResizableWithParent(editor, false);
        root.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> width, Number old, Number now) {
                if (now.doubleValue() > 0) {
                    root.setDividerPositions(Math.max(LIST_SHARE_AT_LEAST, 1 - EDITOR_WIDTH / now.doubleValue()));
                    width.removeListener(this);
                }
            }
        });
        root.getStyleClass().add(AppStyles.SCREEN);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        viewModel.search();
    }

    private Node listPane() {
        Label title = new Label(Messages.get("supplier.title"));
        title.getStyleClass().add(AppStyles.SCREEN_TITLE);
        TextField search = new TextField();
        search.setId("supplierSearch");
        search.setPromptText(Messages.get("supplier.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button add = new Button(Messages.get("supplier.new"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("newSupplier");
        add.setOnAction(e -> viewModel.newSupplier());
        HBox tools = new HBox(8, new FontIcon(MaterialDesignM.MAGNIFY), search, add);
        tools.setAlignment(Pos.CENTER_LEFT);

        table.setId("supplierTable");
        table.setItems(viewModel.results());
        table.setPlaceholder(new Label(Messages.get("supplier.none")));
        table.getColumns().setAll(List.of(
                TableColumns.text("supplier.field.name", Supplier::name, 220),
                TableColumns.text("supplier.field.country", s -> Countries.label(s.country()), 150),
                TableColumns.text("supplier.field.osId", Supplier::osId, 150),
                TableColumns.text("supplier.field.sector", Supplier::sector, 110),
                TableColumns.text("supplier.field.tier", s -> s.tier() == null ? "" : s.tier().toString(), 50)));
        table.getColumns().get(4).setMinWidth(50);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, supplier) -> viewModel.select(supplier));
        // Replacing the rows clears the table's selection; put it back on the supplier being edited.
        viewModel.results().addListener((ListChangeListener<Supplier>) change -> showSelection());
        viewModel.selectedProperty().addListener((obs, old, supplier) -> showSelection());

        VBox pane = new VBox(12, title, tools, table);
        pane.getStyleClass().add(AppStyles.SCREEN);
        packageExport().ifPresent(pane.getChildren()::add);
        return pane;
    }

    /** "Export package…" of the selected supplier with its history, below the table, with its message. */
    private Optional<Node> packageExport() {
        PackageExportViewModel export = packages.viewModel();
        return packages.button("exportSupplierPackage", "exchange.export.button", export, this::window,
                () -> Optional.ofNullable(viewModel.selectedProperty().get())
                        .map(supplier -> PackageScope.ofSupplier(supplier.id(), supplier.name())))
                .map(button -> {
                    button.disableProperty().bind(viewModel.selectedProperty().isNull());
                    Label message = new Label();
                    message.setId("supplierPackageMessage");
                    message.textProperty().bind(export.messageProperty());
                    message.setMinWidth(0);
                    HBox row = new HBox(12, button, message);
                    row.setAlignment(Pos.CENTER_LEFT);
                    return row;
                });
    }

    private Window window() {
        return root == null || root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void showSelection() {
        Supplier selected = viewModel.selectedProperty().get();
        if (selected == null) {
            table.getSelectionModel().clearSelection();
            return;
        }
        viewModel.results().stream().filter(s -> s.id().equals(selected.id())).findFirst()
                .ifPresent(row -> table.getSelectionModel().select(row));
    }

    private Node editorTabs() {
        Tab details = new Tab(Messages.get("supplier.tab.details"), new SupplierEditorView(viewModel.editor()).root());
        Tab workforce = new Tab(Messages.get("supplier.tab.workforce"),
                new WorkforceView(viewModel.workforce()).root());
        Tab agencies = new Tab(Messages.get("supplier.tab.agencies"), new AgenciesView(viewModel.agencies()).root());
        Tab fees = new Tab(Messages.get("supplier.tab.fees"), new FeesView(viewModel.fees()).root());
        // Workforce, agencies and fees belong to a stored supplier.
        workforce.disableProperty().bind(viewModel.selectedProperty().isNull());
        agencies.disableProperty().bind(viewModel.selectedProperty().isNull());
        fees.disableProperty().bind(viewModel.selectedProperty().isNull());
        TabPane tabs = new TabPane(details, workforce, agencies, fees);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if (history != null) {
            tabs.getTabs().add(historyTab(tabs));
        }
        viewModel.selectedProperty().addListener((obs, old, supplier) -> {
            if (supplier == null) {
                tabs.getSelectionModel().select(details);
            }
        });
        return tabs;
    }

    /** Loaded when shown: the history is read from the change log only for a user who looks at it. */
    private Tab historyTab(TabPane tabs) {
        Tab tab = new Tab(Messages.get("supplier.tab.history"), new RecordHistoryView(history).root());
        tab.disableProperty().bind(viewModel.selectedProperty().isNull());
        Runnable load = () -> {
            Supplier supplier = viewModel.selectedProperty().get();
            if (supplier == null || tabs.getSelectionModel().getSelectedItem() != tab) {
                history.clear();
                return;
            }
            history.load(() -> viewModel.historyRecordsOf(supplier));
        };
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> load.run());
        viewModel.selectedProperty().addListener((obs, old, now) -> load.run());
        return tab;
    }
}
