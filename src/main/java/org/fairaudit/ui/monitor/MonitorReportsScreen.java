package org.fairaudit.ui.monitor;

import java.time.Clock;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.CodeService;
import org.fairaudit.service.FindingService;
import org.fairaudit.service.MonitorReportRow;
import org.fairaudit.service.MonitorReportService;
import org.fairaudit.service.ProfileService;
import org.fairaudit.service.SupplierService;
import org.fairaudit.ui.audit.FilePicker;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.ErrorReporter;
import org.fairaudit.ui.common.Screen;
import org.fairaudit.ui.common.TableColumns;
import org.fairaudit.ui.common.UiExecutor;
import org.fairaudit.ui.supplier.NewSupplierDialog;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** "Monitor reports": the reports this profile may read; the selected one's form and review beside the list. */
public final class MonitorReportsScreen implements Screen {
    private final MonitorReportsViewModel viewModel;
    private final BorderPane root = new BorderPane();

    public MonitorReportsScreen(MonitorReportService reports, SupplierService suppliers, CodeService codes,
                                FindingService findings, ProfileService profiles, UiExecutor executor,
                                ErrorReporter errors, FilePicker files, Clock clock) {
        MonitorReportFormViewModel form = new MonitorReportFormViewModel(reports, suppliers, codes, profiles,
                executor, clock);
        ReportReviewViewModel review = new ReportReviewViewModel(reports, findings, profiles, executor, clock);
        viewModel = new MonitorReportsViewModel(reports, profiles, executor, form, review);
        MonitorReportFormView formView = new MonitorReportFormView(form, files, viewModel::save,
                () -> NewSupplierDialog.showAndWait(window(), suppliers, executor, errors));
        VBox detail = new VBox(16, formView.root(), new ReportReviewView(review).root());
        detail.getStyleClass().add(AppStyles.SCREEN);
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        BorderPane detailPane = new BorderPane(detailScroll);
        detailPane.setTop(formView.actions());
        detailPane.visibleProperty().bind(viewModel.detailShownProperty());
        Label hint = new Label(Messages.get("monitor.selectHint"));
        hint.getStyleClass().add(AppStyles.MUTED);
        hint.visibleProperty().bind(viewModel.detailShownProperty().not());
        SplitPane split = new SplitPane(list(), new StackPane(hint, detailPane));
        split.setDividerPositions(0.38);
        root.setCenter(split);
    }

    private Node list() {
        TableView<MonitorReportRow> table = new TableView<>(viewModel.rows());
        table.setId("reportsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("monitor.list.empty")));
        table.getColumns().add(TableColumns.text("monitor.column.filedOn",
                row -> String.valueOf(row.report().filedOn()), 90));
        table.getColumns().add(TableColumns.text("monitor.column.supplier", MonitorReportRow::supplierName, 160));
        table.getColumns().add(TableColumns.text("monitor.column.status",
                row -> Messages.of(row.report().status()), 110));
        table.getColumns().add(TableColumns.text("monitor.column.organisation",
                row -> row.report().filingOrganisation(), 140));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(now);
            }
        });
        Button create = new Button(Messages.get("monitor.new"), new FontIcon(MaterialDesignP.PLUS));
        create.setId("newReport");
        create.setVisible(viewModel.canFile());
        create.setManaged(viewModel.canFile());
        create.setOnAction(event -> viewModel.newReport());
        Label count = new Label();
        count.getStyleClass().add(AppStyles.MUTED);
        count.textProperty().bind(viewModel.messageProperty());
        HBox bar = new HBox(12, create, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        BorderPane pane = new BorderPane(table);
        pane.setTop(bar);
        return pane;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }
}
