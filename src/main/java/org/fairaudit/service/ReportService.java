package org.fairaudit.service;

import java.nio.file.Path;
import java.util.UUID;

/** Excel audit reports. */
public interface ReportService {
    /** Writes the audit report workbook; confidential fields only when {@code includeConfidential}. */
    void exportAudit(UUID auditId, Path out, boolean includeConfidential, ProgressListener progress);
}
