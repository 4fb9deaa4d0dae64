package org.fairaudit.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.Attachment;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.MonitorReport;
import org.fairaudit.domain.MonitorReportStatus;
import org.fairaudit.domain.ReviewEvent;

/**
 * Monitor reports and their review. A monitor (FILE_MONITOR_REPORTS) sees and edits only the reports it filed;
 * READ_ALL_MONITOR_REPORTS reads every report; REVIEW_MONITOR_REPORTS moves them through review and links findings.
 */
public interface MonitorReportService {
    /** The reports the signed-in profile may read, newest first. */
    List<MonitorReportRow> list();

    /** Empty also when the report exists but belongs to another monitor. */
    Optional<MonitorReport> find(UUID reportId);

    /**
     * Files a new report (stamped as filed by the signed-in profile) or edits one's own while it is received.
     *
     * @throws ValidationException when supplier, organisation, date or allegation is missing
     */
    MonitorReport save(MonitorReport report);

    /** Copies an evidence file into the database and attaches it to the report. */
    Attachment addAttachment(UUID reportId, Path file);

    List<Attachment> attachments(UUID reportId);

    byte[] attachmentBytes(UUID reportId, UUID attachmentId);

    /** Status changes with comment and reviewer, oldest first. */
    List<ReviewEvent<MonitorReportStatus>> history(UUID reportId);

    /**
     * Moves the report to {@code target} with a comment, recorded in its history.
     *
     * @throws ValidationException       when the comment is blank
     * @throws TransitionRefusedException when the report's status cannot move to {@code target}
     */
    MonitorReport changeStatus(UUID reportId, MonitorReportStatus target, String comment);

    /** A new finding prefilled from the report, not yet saved. */
    Finding draftFinding(UUID reportId, LocalDate today);

    /**
     * Links a finding of the report's supplier to a substantiated report.
     *
     * @throws TransitionRefusedException when the report is not substantiated or the finding is another supplier's
     */
    void linkFinding(UUID reportId, UUID findingId);

    /** What became of the report: its linked findings (no audit content). */
    List<LinkedFinding> linkedFindings(UUID reportId);

    /** Findings of the report's supplier not yet linked to it, for a reviewer to link. */
    List<Finding> linkableFindings(UUID reportId);
}
