package org.fairaudit.ui.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Response;
import org.fairaudit.domain.ResponseResult;
import org.fairaudit.service.AuditClosedException;
import org.fairaudit.service.AuditService;
import org.fairaudit.service.AuditSummary;
import org.fairaudit.service.ConcurrentEditException;
import org.fairaudit.service.FindingService;

/** A hand-written AuditService for UI tests; like the real one, saves check versions and refuse closed audits. */
final class InMemoryAuditService implements AuditService {
    private final List<CodeOfConduct> codes;
    private final FindingService findings;
    private final Map<UUID, String> supplierNames;
    private final Map<UUID, Audit> audits = new LinkedHashMap<>();
    private final Map<UUID, Response> responses = new LinkedHashMap<>();
    private final Map<UUID, List<Attachment>> attachments = new LinkedHashMap<>();
    final List<Response> savedResponses = new ArrayList<>();
    final List<Audit> savedAudits = new ArrayList<>();

    InMemoryAuditService(List<CodeOfConduct> codes, FindingService findings, Map<UUID, String> supplierNames) {
        this.codes = codes;
        this.findings = findings;
        this.supplierNames = supplierNames;
    }

    @Override
    public synchronized List<AuditSummary> list() {
        return audits.values().stream().map(audit -> {
            List<Response> own = responses(audit.id());
            int applicable = (int) own.stream().filter(r -> r.result().isApplicable()).count();
            int assessed = (int) own.stream().filter(r -> r.result().isAssessed()).count();
            return new AuditSummary(audit, supplierNames.get(audit.supplierId()), assessed, applicable);
        }).toList();
    }

    @Override
    public synchronized Optional<Audit> find(UUID auditId) {
        return Optional.ofNullable(audits.get(auditId));
    }

    @Override
    public synchronized Audit create(UUID supplierId, List<CodeRef> refs, AuditType type, Announcement announcement,
                                     LocalDate startDate, LocalDate endDate, String leadAuditor, String team) {
        Audit audit = new Audit(UUID.randomUUID(), supplierId, refs, type, announcement, startDate, endDate,
                leadAuditor, team, AuditStatus.IN_PROGRESS, InterviewCounts.NONE, 1);
        audits.put(audit.id(), audit);
        for (CodeOfConduct code : codesOf(audit)) {
            code.requirements().forEach(requirement -> {
                Response response = Response.notAssessed(audit.id(), new RequirementKey(code.id(), requirement.ref()));
                responses.put(response.id(), response);
            });
        }
        return audit;
    }

    @Override
    public synchronized Audit save(Audit audit) {
        Audit stored = audits.get(audit.id());
        if (stored.version() != audit.version()) {
            throw new ConcurrentEditException("audit " + audit.id());
        }
        if (!stored.status().isOpenForEditing() && !stored.differsOnlyInStatus(audit)) {
            throw new AuditClosedException(stored.status());
        }
        Audit saved = new Audit(audit.id(), audit.supplierId(), audit.codes(), audit.type(), audit.announcement(),
                audit.startDate(), audit.endDate(), audit.leadAuditor(), audit.team(), audit.status(),
                audit.interviews(), audit.version() + 1);
        audits.put(saved.id(), saved);
        savedAudits.add(saved);
        return saved;
    }

    @Override
    public List<CodeOfConduct> codesOf(Audit audit) {
        return codes.stream().filter(code -> audit.codes().contains(code.ref())).toList();
    }

    @Override
    public synchronized List<Response> responses(UUID auditId) {
        return responses.values().stream().filter(r -> r.auditId().equals(auditId)).toList();
    }

    @Override
    public synchronized Response saveResponse(Response response) {
        Response stored = responses.get(response.id());
        if (stored != null && stored.version() != response.version()) {
            throw new ConcurrentEditException("response " + response.id());
        }
        requireChecklistOpen(response.auditId());
        Response saved = new Response(response.id(), response.auditId(), response.requirement(), response.result(),
                response.evidence(), response.notes(), response.interviewNotes(), response.version() + 1);
        responses.put(saved.id(), saved);
        savedResponses.add(saved);
        return saved;
    }

    @Override
    public synchronized Attachment addAttachment(UUID ownerId, Path file) {
        Optional.ofNullable(responses.get(ownerId)).ifPresent(response -> requireChecklistOpen(response.auditId()));
        try {
            byte[] bytes = Files.readAllBytes(file);
            String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
            Attachment attachment = new Attachment(UUID.randomUUID(), ownerId, file.getFileName().toString(),
                    "application/octet-stream", bytes.length, sha, Instant.now());
            attachments.computeIfAbsent(ownerId, id -> new ArrayList<>()).add(attachment);
            return attachment;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized List<Attachment> attachments(UUID ownerId) {
        return List.copyOf(attachments.getOrDefault(ownerId, List.of()));
    }

    @Override
    public byte[] attachmentBytes(UUID attachmentId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized AuditRating rating(UUID auditId) {
        Map<RequirementKey, ResponseResult> results = responses(auditId).stream()
                .collect(Collectors.toMap(Response::requirement, Response::result));
        return AuditRater.rate(codesOf(audits.get(auditId)), results, findings.findingsOfAudit(auditId));
    }

    private void requireChecklistOpen(UUID auditId) {
        AuditStatus status = audits.get(auditId).status();
        if (!status.isOpenForEditing()) {
            throw new AuditClosedException(status);
        }
    }

    synchronized Response responseFor(String ref) {
        return responses.values().stream().filter(r -> r.requirement().ref().equals(ref)).findFirst().orElseThrow();
    }
}
