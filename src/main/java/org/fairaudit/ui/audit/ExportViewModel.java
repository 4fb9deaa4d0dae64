package org.fairaudit.ui.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.ReportService;
import org.fairaudit.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Export Excel report…": writes the workbook in the background and says where it went. */
final class ExportViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ExportViewModel.class);

    private final UUID auditId;
    private final ReportService reports;
    private final UiExecutor executor;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    ExportViewModel(UUID auditId, ReportService reports, UiExecutor executor) {
        this.auditId = auditId;
        this.reports = reports;
        this.executor = executor;
    }

    /** {@code <supplier>-<start date>-audit.xlsx}, with characters that file systems refuse replaced. */
    static String defaultFileName(String supplierName, LocalDate startDate) {
        String supplier = supplierName == null || supplierName.isBlank() ? "audit" : supplierName.trim();
        String safe = supplier.replaceAll("[\\\\/:*?\"<>|\\s]+", "-");
        return safe + "-" + (startDate == null ? "" : startDate) + "-audit.xlsx";
    }

    /** Writes the report in the background, with progress and cancel in the status bar. */
    void export(Path target, boolean confidential) {
        message.set(Messages.get("audit.export.running"));
        executor.submitWithProgress(Messages.get("audit.export.progress"), progress -> {
            reports.exportAudit(auditId, target, confidential, progress);
            return target;
        }, written -> message.set(Messages.get("audit.export.done", written)), this::failed);
    }

    private void failed(Throwable error) {
        if (error instanceof CancellationException) {
            message.set(Messages.get("audit.export.cancelled"));
            return;
        }
        LOG.warn("Export of audit {} failed", auditId, error);
        message.set(Messages.get("audit.export.failed", String.valueOf(error.getMessage())));
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
