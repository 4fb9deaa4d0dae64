package org.fairaudit.ui.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fairaudit.service.ConfidentialExport;
import org.fairaudit.service.ProgressListener;
import org.fairaudit.service.ReportService;

/** Records every export instead of writing a workbook, and wipes the password as the real service does. */
final class RecordingReportService implements ReportService {
    /** @param password the password the workbook would be encrypted with, {@code null} for a redacted export */
    record Export(UUID auditId, Path out, String password) {
        static Export redacted(UUID auditId, Path out) {
            return new Export(auditId, out, null);
        }
    }

    final List<Export> exports = new ArrayList<>();
    final List<ConfidentialExport> handedOver = new ArrayList<>();

    @Override
    public synchronized void exportAudit(UUID auditId, Path out, ConfidentialExport confidential,
                                         ProgressListener progress) {
        progress.progress(1, 1, "done");
        exports.add(new Export(auditId, out,
                confidential.includesConfidential() ? new String(confidential.password()) : null));
        handedOver.add(confidential);
        confidential.wipe();
    }
}
