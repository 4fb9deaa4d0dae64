package org.fairaudit.service;

import java.nio.file.Path;
import java.util.UUID;

/** Excel audit reports. */
public interface ReportService {
    /**
     * Writes the audit report workbook. Confidential fields are written only as {@code confidential} allows, and
     * then the workbook is password-encrypted. The password is wiped when this returns, whatever the outcome.
     */
    void exportAudit(UUID auditId, Path out, ConfidentialExport confidential, ProgressListener progress);
}
