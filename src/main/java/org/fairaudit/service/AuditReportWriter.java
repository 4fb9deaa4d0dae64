package org.fairaudit.service;

import java.io.IOException;
import java.nio.file.Path;
import org.fairaudit.domain.AuditReport;

/** Writes an audit report file (implemented by the excel package). */
public interface AuditReportWriter {
    void write(AuditReport report, Path out, ProgressListener progress) throws IOException;
}
