package org.fairaudit.persistence;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.Announcement;
import org.fairaudit.domain.Attachment;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.AuditRater;
import org.fairaudit.domain.AuditRating;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.AuditType;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeRef;
import org.fairaudit.domain.InterviewCounts;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.Requirement;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Response;
import org.fairaudit.domain.ResponseResult;
import org.fairaudit.domain.Violation;
import org.fairaudit.service.AccessDeniedException;
import org.fairaudit.service.AuditClosedException;
import org.fairaudit.service.AuditService;
import org.fairaudit.service.AuditSummary;
import org.fairaudit.service.CodeService;
import org.fairaudit.service.ProfileService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class JdbcAuditService implements AuditService {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcAuditService.class);
    private static final String ASSESSED = EnumSql.inList(ResponseResult.class, ResponseResult::isAssessed);
    private static final String APPLICABLE = EnumSql.inList(ResponseResult.class, ResponseResult::isApplicable);
    private static final String STATUS_OF_AUDIT = "SELECT status FROM audit WHERE id = ?";
    private static final String STATUS_OF_RESPONSE_AUDIT =
            "SELECT a.status FROM response r JOIN audit a ON a.id = r.audit_id WHERE r.id = ?";

    private final Jdbc jdbc;
    private final ProfileService profiles;
    private final CodeService codes;
    private final AttachmentStore attachments;

    public JdbcAuditService(Database database, ProfileService profiles, CodeService codes) {
        this.jdbc = Jdbc.stampedBy(database, profiles);
        this.profiles = profiles;
        this.codes = codes;
        this.attachments = new AttachmentStore(jdbc);
    }

    @Override
    public List<AuditSummary> list() {
        profiles.require(Permission.READ_AUDITS);
        return jdbc.read(tx -> summaries(tx, "1 = 1"));
    }

    /** Summaries of the audits matching {@code condition} (SQL over {@code audit a}), newest start date first. */
    static List<AuditSummary> summaries(Tx tx, String condition, Object... params) throws SQLException {
        Map<UUID, List<CodeRef>> pinned = AuditTable.allCodes(tx);
        return tx.list("SELECT a.*, s.name AS supplier_name,"
                        + " (SELECT COUNT(*) FROM response r WHERE r.audit_id = a.id AND r.result IN " + ASSESSED
                        + ") AS assessed,"
                        + " (SELECT COUNT(*) FROM response r WHERE r.audit_id = a.id AND r.result IN " + APPLICABLE
                        + ") AS applicable"
                        + " FROM audit a JOIN supplier s ON s.id = a.supplier_id WHERE " + condition
                        + " ORDER BY a.start_date DESC NULLS LAST, a.created_at DESC, a.id",
                row -> new AuditSummary(AuditTable.audit(row, pinned.getOrDefault(row.uuid("id"), List.of())),
                        row.string("supplier_name"), row.integer("assessed"), row.integer("applicable")),
                params);
    }

    @Override
    public Optional<Audit> find(UUID auditId) {
        profiles.require(Permission.READ_AUDITS);
        return jdbc.read(tx -> AuditTable.INSTANCE.find(tx, auditId));
    }

    @Override
    public Audit create(UUID supplierId, List<CodeRef> codeRefs, AuditType type, Announcement announcement,
                        LocalDate startDate, LocalDate endDate, String leadAuditor, String team) {
        profiles.require(Permission.EDIT_AUDITS);
        List<CodeOfConduct> pinned = validateCreation(supplierId, codeRefs, type, announcement);
        Audit audit = new Audit(UUID.randomUUID(), supplierId, codeRefs, type, announcement, startDate, endDate,
                leadAuditor, team, AuditStatus.IN_PROGRESS, InterviewCounts.NONE, 0);
        Audit created = jdbc.write(tx -> {
            Audit saved = tx.save(AuditTable.INSTANCE, audit);
            for (CodeOfConduct code : pinned) {
                for (Requirement requirement : code.requirements().toList()) {
                    tx.save(ResponseTable.INSTANCE,
                            Response.notAssessed(saved.id(), new RequirementKey(code.id(), requirement.ref())));
                }
            }
            return saved;
        });
        LOG.info("Created audit {} with {} codes", created.id(), pinned.size());
        return created;
    }

    private List<CodeOfConduct> validateCreation(UUID supplierId, List<CodeRef> codeRefs, AuditType type,
                                                 Announcement announcement) {
        List<Violation> violations = new ArrayList<>();
        if (supplierId == null) {
            violations.add(new Violation("supplierId", "validation.required"));
        }
        if (type == null) {
            violations.add(new Violation("type", "validation.required"));
        }
        if (announcement == null) {
            violations.add(new Violation("announcement", "validation.required"));
        }
        if (codeRefs == null || codeRefs.isEmpty()) {
            violations.add(new Violation("codes", "validation.required"));
        }
        Validations.requireNone(violations);
        if (codeRefs.stream().map(CodeRef::codeId).distinct().count() != codeRefs.size()) {
            throw new IllegalArgumentException("An audit applies each code once: " + codeRefs);
        }
        return codeRefs.stream()
                .map(ref -> codes.code(ref).orElseThrow(() -> new NoSuchElementException("No code " + ref)))
                .toList();
    }

    /**
     * Header fields only; the pinned codes cannot change after creation. A closed audit may only change its status,
     * so that a reviewer can accept or return it.
     */
    @Override
    public Audit save(Audit audit) {
        profiles.require(Permission.EDIT_AUDITS);
        return jdbc.write(tx -> {
            Audit stored = AuditTable.INSTANCE.find(tx, audit.id())
                    .orElseThrow(() -> new NoSuchElementException("No audit " + audit.id()));
            if (!stored.codes().equals(audit.codes())) {
                throw new IllegalArgumentException("The codes of audit " + audit.id() + " are pinned");
            }
            // An edit of an older version is refused by tx.save as a concurrent edit, whatever it changes.
            boolean editsStoredVersion = stored.version() == audit.version();
            // a submitted or accepted audit, and acceptance or return, move only through the review inbox
            if (editsStoredVersion && audit.status() != stored.status()
                    && (audit.status().isReviewDecision() || !stored.status().isOpenForEditing())) {
                throw new AccessDeniedException(Permission.REVIEW_AUDITS);
            }
            if (editsStoredVersion && !stored.status().isOpenForEditing() && !stored.differsOnlyInStatus(audit)) {
                throw new AuditClosedException(stored.status());
            }
            return tx.save(AuditTable.INSTANCE, audit);
        });
    }

    @Override
    public List<CodeOfConduct> codesOf(Audit audit) {
        profiles.require(Permission.READ_AUDITS);
        return audit.codes().stream()
                .map(ref -> codes.code(ref).orElseThrow(() -> new NoSuchElementException("No code " + ref)))
                .toList();
    }

    @Override
    public List<Response> responses(UUID auditId) {
        profiles.require(Permission.READ_AUDITS);
        return jdbc.read(tx -> ResponseTable.INSTANCE.ofAudit(tx, auditId));
    }

    @Override
    public Response saveResponse(Response response) {
        profiles.require(Permission.EDIT_AUDITS);
        return jdbc.write(tx -> {
            requireChecklistOpen(tx, STATUS_OF_AUDIT, response.auditId());
            return tx.save(ResponseTable.INSTANCE, response);
        });
    }

    /** Attachments of a response are part of the checklist; those of other records (findings, actions) are not. */
    @Override
    public Attachment addAttachment(UUID ownerId, Path file) {
        profiles.require(Permission.EDIT_AUDITS);
        Attachment attachment = attachments.add(ownerId, file,
                tx -> requireChecklistOpen(tx, STATUS_OF_RESPONSE_AUDIT, ownerId));
        LOG.info("Attachment {} added to {} ({} bytes)", attachment.id(), ownerId, attachment.size());
        return attachment;
    }

    /**
     * Refuses to change the checklist of a submitted or accepted audit. Called inside the writing transaction: writers
     * hold the change-log lock, so the status cannot change between this check and the commit.
     *
     * @param statusQuery finds the status of the audit whose checklist {@code id} names, if there is one
     */
    private static void requireChecklistOpen(Tx tx, String statusQuery, UUID id) throws SQLException {
        Optional<AuditStatus> status = tx.one(statusQuery, row -> row.enumValue(AuditStatus.class, "status"), id);
        if (status.isPresent() && !status.get().isOpenForEditing()) {
            throw new AuditClosedException(status.get());
        }
    }

    @Override
    public List<Attachment> attachments(UUID ownerId) {
        profiles.require(Permission.READ_AUDITS);
        return attachments.ofOwner(ownerId);
    }

    @Override
    public byte[] attachmentBytes(UUID attachmentId) {
        profiles.require(Permission.READ_AUDITS);
        return attachments.bytes(attachmentId);
    }

    @Override
    public AuditRating rating(UUID auditId) {
        profiles.require(Permission.READ_AUDITS);
        Audit audit = find(auditId).orElseThrow(() -> new NoSuchElementException("No audit " + auditId));
        return jdbc.read(tx -> {
            Map<RequirementKey, ResponseResult> results = new HashMap<>();
            ResponseTable.INSTANCE.ofAudit(tx, auditId).forEach(r -> results.put(r.requirement(), r.result()));
            return AuditRater.rate(codesOf(audit), results, FindingTable.INSTANCE.where(tx, "f.audit_id = ?", auditId));
        });
    }
}
