package org.fairaudit.ui.dashboard;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.stage.Window;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import java.text.NumberFormat;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.Screen;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The dashboard: cards with the counts a compliance team watches and a bar chart of open findings.
 * Composition root: {@code new DashboardView(new DashboardViewModel(services.dashboard(), executor, errors, clock))}.
 */
public final class DashboardView implements Screen {
    private final DashboardViewModel viewModel;
    private final PortfolioExportViewModel portfolioExport;
    private final Function<Window, Optional<Path>> chooseTarget;
    private final StackPane root = new StackPane();

    public DashboardView(DashboardViewModel viewModel) {
        this(viewModel, null, owner -> Optional.empty());
    }

    /**
     * @param portfolioExport the "Export portfolio…" action, or {@code null} for a profile that may not export it
     * @param chooseTarget    asks where to write the portfolio workbook
     */
    public DashboardView(DashboardViewModel viewModel, PortfolioExportViewModel portfolioExport,
                         Function<Window, Optional<Path>> chooseTarget) {
        this.viewModel = viewModel;
        this.portfolioExport = portfolioExport;
        this.chooseTarget = chooseTarget;
        Node content = buildContent();
        Node emptyState = buildEmptyState();
        content.visibleProperty().bind(viewModel.emptyProperty().not());
        emptyState.visibleProperty().bind(viewModel.emptyProperty());
        root.getChildren().setAll(content, emptyState);
        root.getStyleClass().add(AppStyles.SCREEN);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        viewModel.load();
    }

    private Node buildContent() {
        Label title = new Label(Messages.get("dashboard.title"));
        title.getStyleClass().add(AppStyles.SCREEN_TITLE);

        FlowPane cards = new FlowPane(16, 16,
                card("dashboard.card.zeroTolerance", viewModel.zeroToleranceProperty(), AppStyles.CARD_DANGER),
                card("dashboard.card.major", viewModel.majorProperty(), AppStyles.CARD_WARNING),
                card("dashboard.card.minor", viewModel.minorProperty(), null),
                card("dashboard.card.overdueActions", viewModel.overdueActionsProperty(), AppStyles.CARD_DANGER),
                card("dashboard.card.auditsInProgress", viewModel.auditsInProgressProperty(), null),
                card("dashboard.card.suppliers", viewModel.suppliersProperty(), null));

        VBox page = new VBox(20, portfolioExport == null ? title : titleWithExport(title), cards,
                forcedLabourCard(), chart());
        page.getStyleClass().add(AppStyles.SCREEN);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("dashboardContent");
        return scroll;
    }

    private Node titleWithExport(Label title) {
        Button export = new Button(Messages.get("portfolio.export.action"), new FontIcon(MaterialDesignF.FILE_EXCEL));
        export.setId("exportPortfolio");
        export.disableProperty().bind(portfolioExport.runningProperty());
        export.setOnAction(e -> PortfolioExportDialog.show(root.getScene().getWindow(), portfolioExport, chooseTarget));
        Label message = new Label();
        message.setId("portfolioExportMessage");
        message.getStyleClass().add(AppStyles.MUTED);
        message.textProperty().bind(portfolioExport.messageProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(12, title, gap, message, export);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Node card(String labelKey, ObservableIntegerValue value, String accentStyle) {
        Label number = new Label();
        // 74,833 rather than 74833: portfolio counts run to six figures
        number.textProperty().bind(Bindings.createStringBinding(
                () -> NumberFormat.getIntegerInstance().format(value.get()), value));
        number.getStyleClass().add(AppStyles.CARD_VALUE);
        Label label = new Label(Messages.get(labelKey));
        label.getStyleClass().add(AppStyles.CARD_LABEL);
        label.setWrapText(true);
        VBox card = new VBox(4, number, label);
        card.getStyleClass().add(AppStyles.CARD);
        if (accentStyle != null) {
            card.getStyleClass().add(accentStyle);
        }
        return card;
    }

    private Node forcedLabourCard() {
        Label heading = new Label(Messages.get("dashboard.forcedLabour.title"),
                new FontIcon(MaterialDesignA.ALERT));
        heading.getStyleClass().add(AppStyles.DETAIL_HEADING);
        Label names = new Label();
        names.setWrapText(true);
        names.textProperty().bind(viewModel.forcedLabourSummaryProperty());
        VBox card = new VBox(6, heading, names);
        card.getStyleClass().addAll(AppStyles.CARD, AppStyles.CARD_DANGER);
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    private Node chart() {
        CategoryAxis severities = new CategoryAxis();
        NumberAxis counts = new NumberAxis();
        counts.setLabel(Messages.get("dashboard.chart.axis"));
        counts.setMinorTickVisible(false);
        counts.setAutoRanging(false); // auto-ranging puts ticks at 2.5, 7.5: findings are counted whole
        BarChart<String, Number> chart = new BarChart<>(severities, counts);
        chart.setCategoryGap(60);
        chart.getStyleClass().add(AppStyles.SEVERITY_CHART);
        chart.setTitle(Messages.get("dashboard.chart.title"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        viewModel.openFindings().addListener((ListChangeListener<SeverityCount>) change -> {
            int largest = viewModel.openFindings().stream().mapToInt(SeverityCount::count).max().orElse(0);
            int tick = DashboardViewModel.tickUnit(largest);
            counts.setTickUnit(tick);
            // a tenth of headroom above the tallest bar, rounded up to a tick
            counts.setUpperBound(Math.max(5, tick * (int) Math.ceil(largest * 1.1 / tick)));
            series.getData().setAll(viewModel.openFindings().stream()
                    .map(c -> new XYChart.Data<String, Number>(Messages.of(c.severity()), c.count())).toList());
        });
        return chart;
    }


    private static Node buildEmptyState() {
        FontIcon icon = new FontIcon(MaterialDesignC.CLIPBOARD_TEXT_SEARCH_OUTLINE);
        Label heading = new Label(Messages.get("dashboard.empty.title"));
        heading.getStyleClass().add(AppStyles.SCREEN_TITLE);
        Label hint = new Label(Messages.get("dashboard.empty.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        VBox box = new VBox(12, icon, heading, hint);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add(AppStyles.EMPTY_STATE);
        return box;
    }
}
