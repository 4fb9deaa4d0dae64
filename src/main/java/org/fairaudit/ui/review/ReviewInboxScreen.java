package org.fairaudit.ui.review;

import java.time.Clock;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.ActionQueue;
import org.fairaudit.service.ActionRow;
import org.fairaudit.service.AuditSummary;
import org.fairaudit.service.FindingService;
import org.fairaudit.service.MonitorReportRow;
import org.fairaudit.service.MonitorReportService;
import org.fairaudit.service.ProfileService;
import org.fairaudit.service.ReviewService;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.FormGrid;
import org.fairaudit.ui.common.Screen;
import org.fairaudit.ui.common.TabMovesFocus;
import org.fairaudit.ui.common.TableColumns;
import org.fairaudit.ui.common.UiExecutor;
import org.fairaudit.ui.monitor.ReportReviewView;
import org.fairaudit.ui.monitor.ReportReviewViewModel;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * "Review inbox": submitted audits and monitor reports waiting for a reviewer, and corrective actions across all
 * suppliers (due soon, overdue, awaiting verification). Each part shows only to roles that may act on it.
 */
public final class ReviewInboxScreen implements Screen {
    private final AuditReviewViewModel audits;
    private final InboxReportsViewModel reports;
    private final ActionQueueViewModel actions;
    private final ReportReviewViewModel reportReview;
    private final TabPane root = new TabPane();

    public ReviewInboxScreen(ReviewService review, MonitorReportService monitorReports, FindingService findings,
                             ProfileService profiles, UiExecutor executor, Clock clock) {
        audits = profiles.may(Permission.REVIEW_AUDITS) ? new AuditReviewViewModel(review, executor) : null;
        reportReview = new ReportReviewViewModel(monitorReports, findings, profiles, executor, clock);
        reports = profiles.may(Permission.REVIEW_MONITOR_REPORTS)
                ? new InboxReportsViewModel(review, reportReview, executor) : null;
        actions = profiles.may(Permission.READ_FINDINGS)
                ? new ActionQueueViewModel(review, profiles, executor, clock) : null;
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setId("reviewInbox");
        if (audits != null || reports != null) {
            root.getTabs().add(new Tab(Messages.get("review.tab.waiting"), waiting()));
        }
        if (actions != null) {
            root.getTabs().add(new Tab(Messages.get("review.tab.actions"),
                    actionsTab(profiles.may(Permission.VERIFY_ACTIONS))));
        }
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        if (audits != null) {
            audits.refresh();
        }
        if (reports != null) {
            reports.refresh();
        }
        if (actions != null) {
            actions.refresh();
        }
    }

    private Node waiting() {
        VBox lists = new VBox(8);
        VBox detail = new VBox(16);
        detail.getStyleClass().add(AppStyles.SCREEN);
        if (audits != null) {
            lists.getChildren().addAll(heading("review.audits.heading"), auditTable());
            detail.getChildren().add(auditDecision());
        }
        if (reports != null) {
            lists.getChildren().addAll(heading("review.reports.heading"), reportTable());
            detail.getChildren().addAll(reportSummary(), new ReportReviewView(reportReview).root());
        }
        lists.setPadding(new Insets(8));
        Label hint = new Label(Messages.get("review.selectHint"));
        hint.getStyleClass().add(AppStyles.MUTED);
        hint.visibleProperty().bind(nothingSelected());
        hint.managedProperty().bind(hint.visibleProperty());
        detail.getChildren().add(0, hint);
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(lists, detailScroll);
        split.setDividerPositions(0.45);
        return split;
    }

    private BooleanBinding nothingSelected() {
        BooleanBinding none = Bindings.createBooleanBinding(() -> true);
        if (audits != null) {
            none = none.and(audits.selectedProperty().isNull());
        }
        if (reports != null) {
            none = none.and(reports.selectedProperty().isNull());
        }
        return none;
    }

    private static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add(AppStyles.DETAIL_HEADING);
        return label;
    }

    private Node auditTable() {
        TableView<AuditSummary> table = new TableView<>(audits.audits());
        table.setId("inboxAudits");
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("review.audits.empty")));
        table.getColumns().add(TableColumns.text("review.column.supplier", AuditSummary::supplierName, 180));
        table.getColumns().add(TableColumns.text("review.column.dates", a -> Messages.get("review.dates",
                String.valueOf(a.audit().startDate()), String.valueOf(a.audit().endDate())), 160));
        table.getColumns().add(TableColumns.text("review.column.lead", a -> a.audit().leadAuditor(), 120));
        table.getColumns().add(TableColumns.text("review.column.assessed",
                a -> Messages.get("review.assessed", a.assessed(), a.applicable()), 100));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            audits.selectedProperty().set(now);
            if (now != null && reports != null) {
                reports.selectedProperty().set(null);
            }
        });
        audits.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        return table;
    }

    private Node auditDecision() {
        Label chosen = new Label();
        chosen.getStyleClass().add(AppStyles.DETAIL_HEADING);
        chosen.textProperty().bind(audits.selectedProperty().map(a -> Messages.get("review.audit.chosen",
                a.supplierName(), String.valueOf(a.audit().startDate()))));
        TextArea comment = TabMovesFocus.install(new TextArea());
        comment.setId("auditReviewComment");
        comment.setPromptText(Messages.get("review.audit.commentPrompt"));
        comment.setPrefRowCount(3);
        comment.setWrapText(true);
        comment.textProperty().bindBidirectional(audits.commentProperty());
        Button accept = new Button(Messages.get("review.accept"), new FontIcon(MaterialDesignC.CHECK_DECAGRAM));
        accept.setId("acceptAudit");
        accept.getStyleClass().add("success");
        accept.disableProperty().bind(audits.busyProperty());
        accept.setOnAction(event -> audits.accept());
        Button giveBack = new Button(Messages.get("review.return"), new FontIcon(MaterialDesignK.KEYBOARD_RETURN));
        giveBack.setId("returnAudit");
        giveBack.disableProperty().bind(audits.busyProperty());
        giveBack.setOnAction(event -> audits.returnToAuditor());
        HBox buttons = new HBox(8, accept, giveBack);
        VBox decision = new VBox(8, chosen, comment, buttons);
        decision.visibleProperty().bind(audits.selectedProperty().isNotNull());
        decision.managedProperty().bind(decision.visibleProperty());
        Label message = new Label();
        message.setId("auditReviewMessage");
        message.setWrapText(true);
        message.textProperty().bind(audits.messageProperty());
        return new VBox(8, decision, message);
    }

    private Node reportTable() {
        TableView<MonitorReportRow> table = new TableView<>(reports.reports());
        table.setId("inboxReports");
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("review.reports.empty")));
        table.getColumns().add(TableColumns.text("review.column.supplier", MonitorReportRow::supplierName, 180));
        table.getColumns().add(TableColumns.text("monitor.column.filedOn",
                row -> String.valueOf(row.report().filedOn()), 90));
        table.getColumns().add(TableColumns.text("monitor.column.status", row -> Messages.of(row.report().status()),
                110));
        table.getColumns().add(TableColumns.text("monitor.column.organisation",
                row -> row.report().filingOrganisation(), 140));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            reports.selectedProperty().set(now);
            if (now != null && audits != null) {
                audits.selectedProperty().set(null);
            }
        });
        reports.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        return table;
    }

    /** What the report alleges, so a reviewer decides with it in view. */
    private Node reportSummary() {
        Label allegation = new Label();
        allegation.setId("inboxAllegation");
        allegation.setWrapText(true);
        allegation.textProperty().bind(reports.selectedProperty().map(row -> Messages.get("review.report.summary",
                row.supplierName(), row.report().filingOrganisation(), row.report().allegation())));
        allegation.visibleProperty().bind(reports.selectedProperty().isNotNull());
        allegation.managedProperty().bind(allegation.visibleProperty());
        return allegation;
    }

    private Node actionsTab(boolean mayVerify) {
        ToggleGroup group = new ToggleGroup();
        HBox queues = new HBox(4);
        for (ActionQueue queue : ActionQueue.values()) {
            ToggleButton button = new ToggleButton(Messages.of(queue));
            button.setId("queue" + queue.name());
            button.setToggleGroup(group);
            button.setUserData(queue);
            button.setSelected(queue == actions.queueProperty().get());
            queues.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one queue is always shown
            } else {
                actions.queueProperty().set((ActionQueue) now.getUserData());
            }
        });
        Label count = new Label();
        count.getStyleClass().add(AppStyles.MUTED);
        count.textProperty().bind(actions.messageProperty());
        HBox bar = new HBox(12, queues, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        BorderPane pane = new BorderPane(actionTable());
        pane.setTop(bar);
        if (mayVerify) {
            pane.setBottom(verification());
        }
        return pane;
    }

    private Node actionTable() {
        TableView<ActionRow> table = new TableView<>(actions.rows());
        table.setId("actionQueue");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("review.actions.empty")));
        table.getColumns().add(TableColumns.text("review.column.supplier", ActionRow::supplierName, 170));
        table.getColumns().add(TableColumns.text("finding.column.requirements", row -> row.requirements().stream()
                .map(RequirementKey::toString).collect(Collectors.joining(", ")), 140));
        table.getColumns().add(TableColumns.text("finding.severity", row -> Messages.of(row.severity()), 100));
        table.getColumns().add(TableColumns.text("review.column.action", row -> row.action().action(), 240));
        table.getColumns().add(TableColumns.text("review.column.owner", row -> row.action().owner(), 110));
        table.getColumns().add(TableColumns.text("review.column.due", row -> String.valueOf(row.action().dueDate()),
                90));
        table.getColumns().add(TableColumns.text("review.column.actionStatus",
                row -> Messages.of(row.action().status()), 100));
        table.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, now) -> actions.selectedProperty().set(now));
        actions.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        return table;
    }

    private Node verification() {
        FormGrid form = new FormGrid();
        TextField method = new TextField();
        method.setId("verifyMethod");
        method.setPromptText(Messages.get("review.verify.methodPrompt"));
        method.textProperty().bindBidirectional(actions.methodProperty());
        form.add(Messages.get("review.verify.verificationMethod"), method);
        DatePicker date = new DatePicker();
        date.setId("verifyDate");
        date.valueProperty().bindBidirectional(actions.verifiedOnProperty());
        form.add(Messages.get("review.verify.verifiedOn"), date);
        TextField verifier = new TextField();
        verifier.setId("verifyVerifier");
        verifier.textProperty().bindBidirectional(actions.verifierProperty());
        form.add(Messages.get("review.verify.verifier"), verifier);
        Button verify = new Button(Messages.get("review.verify"), new FontIcon(MaterialDesignS.SHIELD_CHECK));
        verify.setId("verifyAction");
        verify.getStyleClass().add("accent");
        verify.setOnAction(event -> actions.verify());
        form.addUnlabelled(verify);
        VBox box = new VBox(8, heading("review.verify.heading"), form);
        box.setPadding(new Insets(8, 12, 12, 12));
        box.visibleProperty().bind(actions.canVerifyProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
