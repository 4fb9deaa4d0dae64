package org.fairaudit.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.ReviewEvent;

/** The brand reviewer's side: submitted audits to accept or return, and corrective actions across suppliers. */
public interface ReviewService {
    /** Submitted audits waiting for review, newest start date first. */
    List<AuditSummary> submittedAudits();

    /** Monitor reports received or under review, oldest first. */
    List<MonitorReportRow> reportsAwaitingReview();

    /**
     * Accepts a submitted audit; the comment may be blank.
     *
     * @throws TransitionRefusedException when the audit is not submitted
     */
    Audit accept(UUID auditId, String comment);

    /**
     * Returns a submitted audit to its auditor, who sees the comment.
     *
     * @throws ValidationException       when the comment is blank
     * @throws TransitionRefusedException when the audit is not submitted
     */
    Audit returnToAuditor(UUID auditId, String comment);

    /** Accept and return events of an audit, oldest first. */
    List<ReviewEvent<AuditStatus>> auditHistory(UUID auditId);

    /** Corrective actions of every supplier in one queue, earliest due first. */
    List<ActionRow> actions(ActionQueue queue, LocalDate today);

    /**
     * Records how an action was verified; when every action of its finding is verified, the finding is VERIFIED.
     *
     * @throws ValidationException       when method, date or verifier is missing, or the date is after today
     * @throws TransitionRefusedException when the action is already verified
     */
    CorrectiveAction verify(UUID actionId, String method, LocalDate verifiedOn, String verifier, LocalDate today);
}
