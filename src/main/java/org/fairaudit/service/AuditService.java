package org.fairaudit.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.Announcement;
import org.fairaudit.domain.Attachment;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.AuditRating;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.AuditType;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeRef;
import org.fairaudit.domain.Response;

/** Audits, their checklist responses and evidence. Every save is committed at once. */
public interface AuditService {
    /** All audits, newest start date first. */
    List<AuditSummary> list();

    Optional<Audit> find(UUID auditId);

    /** Creates an audit in status IN_PROGRESS pinning the given code versions, with a NOT_ASSESSED response per requirement. */
    Audit create(UUID supplierId, List<CodeRef> codes, AuditType type, Announcement announcement,
                 LocalDate startDate, LocalDate endDate, String leadAuditor, String team);

    /**
     * Saves header fields (dates, team, status, interview counts). The auditor moves the status up to submitted;
     * accepting and returning are the {@link ReviewService}'s.
     *
     * @throws AccessDeniedException when the status would become accepted or returned, or leave submitted or accepted
     * @throws AuditClosedException when the stored audit is closed ({@link AuditStatus#isOpenForEditing()}) and more
     *                              than its status would change
     */
    Audit save(Audit audit);

    /** The pinned code versions, in the order the audit lists them. */
    List<CodeOfConduct> codesOf(Audit audit);

    /** One response per requirement of the pinned codes, in code and section order. */
    List<Response> responses(UUID auditId);

    /** @throws AuditClosedException when the response's audit is closed ({@link AuditStatus#isOpenForEditing()}) */
    Response saveResponse(Response response);

    /**
     * Copies the file into the database (bytes with SHA-256) and attaches it to the owner record.
     *
     * @throws AuditClosedException when the owner is a response of a closed audit
     */
    Attachment addAttachment(UUID ownerId, Path file);

    List<Attachment> attachments(UUID ownerId);

    byte[] attachmentBytes(UUID attachmentId);

    AuditRating rating(UUID auditId);
}
