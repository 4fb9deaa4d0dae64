package org.fairaudit.ui.monitor;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.MonitorReportStatus;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.ReviewEvent;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.LinkedFinding;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.EnumLabels;
import org.fairaudit.ui.common.FieldMessage;
import org.fairaudit.ui.common.TableColumns;
import org.fairaudit.ui.common.TabMovesFocus;
import org.fairaudit.ui.finding.FindingDialog;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** A report's review: next status with comment (reviewers), the history, and the findings it led to. */
public final class ReportReviewView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final ReportReviewViewModel viewModel;
    private final VBox root;

    public ReportReviewView(ReportReviewViewModel viewModel) {
        this.viewModel = viewModel;
        Label heading = new Label(Messages.get("monitor.review.heading"));
        heading.getStyleClass().add(AppStyles.DETAIL_HEADING);
        root = new VBox(8, heading, statusChange(), FieldMessage.of(viewModel.messageProperty()), history(),
                outcomeHeading(), outcome(), linking());
        root.visibleProperty().bind(viewModel.reportProperty().isNotNull());
        root.managedProperty().bind(root.visibleProperty());
    }

    public Node root() {
        return root;
    }

    private Node statusChange() {
        ComboBox<MonitorReportStatus> target = new ComboBox<>(viewModel.targets());
        target.setId("reviewTarget");
        target.setConverter(new EnumLabels<>());
        target.setPrefWidth(180);
        target.setMinWidth(Region.USE_PREF_SIZE);
        target.valueProperty().bindBidirectional(viewModel.targetProperty());
        TextArea comment = TabMovesFocus.install(new TextArea());
        comment.setId("reviewComment");
        comment.setPromptText(Messages.get("review.comment.prompt"));
        comment.setPrefRowCount(2);
        comment.setWrapText(true);
        comment.textProperty().bindBidirectional(viewModel.commentProperty());
        Button apply = new Button(Messages.get("monitor.review.apply"), new FontIcon(MaterialDesignC.CHECK));
        apply.setId("reviewApply");
        apply.setMinWidth(Region.USE_PREF_SIZE);
        apply.setOnAction(event -> viewModel.apply());
        HBox.setHgrow(comment, Priority.ALWAYS);
        HBox row = new HBox(8, target, comment, apply);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(Bindings.isNotEmpty(viewModel.targets()));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private Node history() {
        TableView<ReviewEvent<MonitorReportStatus>> table = new TableView<>(viewModel.history());
        table.setId("reportHistory");
        table.setPrefHeight(130);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("monitor.history.empty")));
        table.getColumns().add(TableColumns.text("review.column.when", event -> WHEN.format(event.at()), 120));
        table.getColumns().add(TableColumns.text("review.column.change", event -> Messages.get("review.change",
                Messages.of(event.from()), Messages.of(event.to())), 200));
        table.getColumns().add(TableColumns.text("review.column.by", ReviewEvent::reviewerName, 160));
        table.getColumns().add(TableColumns.text("review.column.comment", ReviewEvent::comment, 260));
        return table;
    }

    private Node outcomeHeading() {
        Label label = new Label(Messages.get("monitor.outcome.heading"));
        label.getStyleClass().add(AppStyles.MUTED);
        return label;
    }

    private Node outcome() {
        TableView<LinkedFinding> table = new TableView<>(viewModel.linked());
        table.setId("reportFindings");
        table.setPrefHeight(100);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("monitor.outcome.none")));
        table.getColumns().add(TableColumns.text("finding.column.requirements", f -> f.requirements().stream()
                .map(RequirementKey::toString).collect(Collectors.joining(", ")), 200));
        table.getColumns().add(TableColumns.text("finding.severity", f -> Messages.of(f.severity()), 120));
        table.getColumns().add(TableColumns.text("finding.status", f -> Messages.of(f.status()), 120));
        table.getColumns().add(TableColumns.text("monitor.outcome.openActions",
                f -> String.valueOf(f.openActions()), 120));
        return table;
    }

    /** Substantiated reports: create a finding prefilled from the report, or link one of the supplier's. */
    private Node linking() {
        Button create = new Button(Messages.get("monitor.createFinding"), new FontIcon(MaterialDesignP.PLUS));
        create.setId("reportCreateFinding");
        create.setOnAction(event -> viewModel.draftFinding(editor -> {
            if (FindingDialog.showAndWait(window(), Messages.get("monitor.createFinding.title"), editor)) {
                viewModel.link(editor.findingId());
            }
        }));
        ComboBox<Finding> existing = new ComboBox<>(viewModel.linkable());
        existing.setId("reportLinkable");
        existing.setPromptText(Messages.get("monitor.linkable.prompt"));
        existing.setConverter(new StringConverter<>() {
            @Override
            public String toString(Finding f) {
                return f == null ? "" : Messages.get("monitor.linkable.row", f.requirements().stream()
                        .map(RequirementKey::toString).collect(Collectors.joining(", ")), Messages.of(f.severity()),
                        f.raisedOn() == null ? "" : f.raisedOn().toString());
            }

            @Override
            public Finding fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        Button link = new Button(Messages.get("monitor.link"), new FontIcon(MaterialDesignL.LINK_VARIANT));
        link.setId("reportLink");
        link.disableProperty().bind(existing.valueProperty().isNull());
        link.setOnAction(event -> viewModel.link(existing.getValue().id()));
        HBox row = new HBox(8, create, existing, link);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(viewModel.canLinkProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
