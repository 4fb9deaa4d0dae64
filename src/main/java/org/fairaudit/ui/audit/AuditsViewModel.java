package org.fairaudit.ui.audit;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.AuditService;
import org.fairaudit.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The audit list. */
final class AuditsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(AuditsViewModel.class);

    private final AuditService audits;
    private final UiExecutor executor;
    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    AuditsViewModel(AuditService audits, UiExecutor executor) {
        this.audits = audits;
        this.executor = executor;
    }

    void refresh() {
        executor.submit(audits::list, list -> {
            rows.setAll(list.stream().map(AuditRow::of).toList());
            message.set("");
        }, error -> {
            LOG.warn("Audits could not be listed", error);
            message.set(Messages.get("audit.error.list", String.valueOf(error.getMessage())));
        });
    }

    ObservableList<AuditRow> rows() {
        return rows;
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
