package org.fairaudit.service;

import java.io.IOException;
import java.nio.file.Path;
import org.fairaudit.domain.AuditReport;

/** Writes an audit report file (implemented by the excel package). */
public interface AuditReportWriter {
    /**
     * @param report       all of the audit's data, confidential fields included
     * @param confidential whether the confidential fields are written, and the password that then encrypts the file
     */
    void write(AuditReport report, Path out, ConfidentialExport confidential, ProgressListener progress)
            throws IOException;
}
