package org.fairaudit.ui.monitor;

import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fairaudit.domain.Permission;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.MonitorReportRow;
import org.fairaudit.service.MonitorReportService;
import org.fairaudit.service.ProfileService;
import org.fairaudit.ui.common.UiExecutor;

/** Monitor reports: the list the profile may read, the filing form and the review of the selected report. */
final class MonitorReportsViewModel {
    private final MonitorReportService reports;
    private final UiExecutor executor;
    private final MonitorReportFormViewModel form;
    private final ReportReviewViewModel review;
    private final boolean canFile;

    private final ObservableList<MonitorReportRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<MonitorReportRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** A monitor starts on an empty form; others see a report only once they pick one. */
    private final ReadOnlyBooleanWrapper detailShown = new ReadOnlyBooleanWrapper();

    MonitorReportsViewModel(MonitorReportService reports, ProfileService profiles, UiExecutor executor,
                            MonitorReportFormViewModel form, ReportReviewViewModel review) {
        this.reports = reports;
        this.executor = executor;
        this.form = form;
        this.review = review;
        this.canFile = profiles.may(Permission.FILE_MONITOR_REPORTS);
        review.setOnChanged(this::refresh);
        detailShown.set(canFile);
        selected.addListener((obs, old, now) -> {
            detailShown.set(canFile || now != null);
            if (now != null) {
                form.show(now.report());
                review.show(now.report());
            }
        });
    }

    void refresh() {
        form.refreshSuppliers();
        UUID keep = selected.get() == null ? null : selected.get().report().id();
        executor.submit(reports::list, found -> {
            rows.setAll(found);
            selected.set(found.stream().filter(row -> row.report().id().equals(keep)).findFirst().orElse(null));
            message.set(Messages.get("monitor.list.count", found.size()));
        }, error -> message.set(Messages.get("monitor.error", String.valueOf(error.getMessage()))));
    }

    /** Clears the form for a new report. */
    void newReport() {
        selected.set(null);
        form.startNew();
        review.show(null);
    }

    /** Files or updates the report in the form, then reloads the list with it selected. */
    void save() {
        form.save(saved -> {
            review.show(saved);
            executor.submit(reports::list, found -> {
                rows.setAll(found);
                selected.set(found.stream().filter(row -> row.report().id().equals(saved.id())).findFirst()
                        .orElse(null));
                message.set(Messages.get("monitor.list.count", found.size()));
            }, error -> message.set(Messages.get("monitor.error", String.valueOf(error.getMessage()))));
        });
    }

    ReadOnlyBooleanProperty detailShownProperty() {
        return detailShown.getReadOnlyProperty();
    }

    boolean canFile() {
        return canFile;
    }

    MonitorReportFormViewModel form() {
        return form;
    }

    ReportReviewViewModel review() {
        return review;
    }

    ObservableList<MonitorReportRow> rows() {
        return rows;
    }

    ObjectProperty<MonitorReportRow> selectedProperty() {
        return selected;
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
