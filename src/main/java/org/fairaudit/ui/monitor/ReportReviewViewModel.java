package org.fairaudit.ui.monitor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.MonitorReport;
import org.fairaudit.domain.MonitorReportStatus;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.ReviewEvent;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.FindingService;
import org.fairaudit.service.LinkedFinding;
import org.fairaudit.service.MonitorReportService;
import org.fairaudit.service.ProfileService;
import org.fairaudit.service.ValidationException;
import org.fairaudit.ui.common.UiExecutor;
import org.fairaudit.ui.finding.FindingEditorViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review side of one monitor report: its history and outcome for everyone who may read it; for a reviewer,
 * the next status with a required comment, and the findings a substantiated report creates or links.
 */
public final class ReportReviewViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ReportReviewViewModel.class);

    private final MonitorReportService reports;
    private final FindingService findings;
    private final UiExecutor executor;
    private final Clock clock;
    private final boolean reviewer;
    private Runnable onChanged = () -> { };

    private final ReadOnlyObjectWrapper<MonitorReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MonitorReportStatus> targets = FXCollections.observableArrayList();
    private final ObjectProperty<MonitorReportStatus> target = new SimpleObjectProperty<>();
    private final StringProperty comment = new SimpleStringProperty("");
    private final ObservableList<ReviewEvent<MonitorReportStatus>> history = FXCollections.observableArrayList();
    private final ObservableList<LinkedFinding> linked = FXCollections.observableArrayList();
    private final ObservableList<Finding> linkable = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canLink = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ReportReviewViewModel(MonitorReportService reports, FindingService findings, ProfileService profiles,
                                 UiExecutor executor, Clock clock) {
        this.reports = reports;
        this.findings = findings;
        this.executor = executor;
        this.clock = clock;
        this.reviewer = profiles.may(Permission.REVIEW_MONITOR_REPORTS);
    }

    /** Called after the report's status or links changed, so lists showing it can reload. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    /** Shows a report (or nothing, for {@code null}) and loads its history and outcome. */
    public void show(MonitorReport shown) {
        report.set(shown);
        comment.set("");
        message.set("");
        history.clear();
        linked.clear();
        linkable.clear();
        targets.setAll(shown == null || !reviewer ? List.of() : List.copyOf(shown.status().next()));
        target.set(targets.isEmpty() ? null : targets.get(0));
        canLink.set(reviewer && shown != null && shown.status() == MonitorReportStatus.SUBSTANTIATED);
        if (shown == null || shown.version() == 0) {
            return;
        }
        UUID id = shown.id();
        executor.submit(() -> reports.history(id), history::setAll, this::failed);
        executor.submit(() -> reports.linkedFindings(id), linked::setAll, this::failed);
        if (canLink.get()) {
            executor.submit(() -> reports.linkableFindings(id), linkable::setAll, this::failed);
        }
    }

    /** Moves the report to the chosen status with the comment; the comment is required. */
    public void apply() {
        MonitorReport current = report.get();
        if (current == null || target.get() == null) {
            return;
        }
        if (comment.get() == null || comment.get().isBlank()) {
            message.set(Messages.get("review.comment.required"));
            return;
        }
        MonitorReportStatus to = target.get();
        String text = comment.get();
        executor.submit(() -> reports.changeStatus(current.id(), to, text), changed -> {
            show(changed);
            message.set(Messages.get("monitor.review.done", Messages.of(to)));
            onChanged.run();
        }, this::failed);
    }

    /** A finding prefilled from the report, in the finding editor; {@code open} shows it. */
    public void draftFinding(Consumer<FindingEditorViewModel> open) {
        MonitorReport current = report.get();
        LocalDate today = LocalDate.now(clock);
        executor.submit(() -> reports.draftFinding(current.id(), today),
                draft -> open.accept(FindingEditorViewModel.forDraft(draft, findings, executor, clock)),
                this::failed);
    }

    /** Links the finding (just created from the report, or an existing one of its supplier) to the report. */
    public void link(UUID findingId) {
        MonitorReport current = report.get();
        executor.submit(() -> {
            reports.linkFinding(current.id(), findingId);
            return current;
        }, linkedReport -> {
            show(linkedReport);
            message.set(Messages.get("monitor.review.linked"));
            onChanged.run();
        }, this::failed);
    }

    private void failed(Throwable error) {
        if (error instanceof ValidationException) {
            message.set(Messages.get("review.comment.required"));
            return;
        }
        LOG.warn("Monitor report review failed", error);
        message.set(Messages.get("monitor.error", String.valueOf(error.getMessage())));
    }

    public boolean isReviewer() {
        return reviewer;
    }

    public ReadOnlyObjectProperty<MonitorReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObservableList<MonitorReportStatus> targets() {
        return targets;
    }

    public ObjectProperty<MonitorReportStatus> targetProperty() {
        return target;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public ObservableList<ReviewEvent<MonitorReportStatus>> history() {
        return history;
    }

    public ObservableList<LinkedFinding> linked() {
        return linked;
    }

    public ObservableList<Finding> linkable() {
        return linkable;
    }

    public ReadOnlyBooleanProperty canLinkProperty() {
        return canLink.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
