package org.fairaudit.ui.review;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fairaudit.service.MonitorReportRow;
import org.fairaudit.service.ReviewService;
import org.fairaudit.ui.common.UiExecutor;
import org.fairaudit.ui.monitor.ReportReviewViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Monitor reports received or under review; the selected one is reviewed with {@link ReportReviewViewModel}. */
final class InboxReportsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(InboxReportsViewModel.class);

    private final ReviewService review;
    private final UiExecutor executor;
    private final ObservableList<MonitorReportRow> reports = FXCollections.observableArrayList();
    private final ObjectProperty<MonitorReportRow> selected = new SimpleObjectProperty<>();

    InboxReportsViewModel(ReviewService review, ReportReviewViewModel reportReview, UiExecutor executor) {
        this.review = review;
        this.executor = executor;
        selected.addListener((obs, old, now) -> reportReview.show(now == null ? null : now.report()));
        reportReview.setOnChanged(this::refresh);
    }

    void refresh() {
        executor.submit(review::reportsAwaitingReview, found -> {
            MonitorReportRow previous = selected.get();
            reports.setAll(found);
            if (previous != null) {
                selected.set(found.stream().filter(row -> row.report().id().equals(previous.report().id()))
                        .findFirst().orElse(null));
            }
        }, error -> LOG.warn("Monitor reports awaiting review could not be loaded", error));
    }

    ObservableList<MonitorReportRow> reports() {
        return reports;
    }

    ObjectProperty<MonitorReportRow> selectedProperty() {
        return selected;
    }
}
