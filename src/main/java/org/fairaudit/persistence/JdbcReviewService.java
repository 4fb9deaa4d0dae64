package org.fairaudit.persistence;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.MonitorReportStatus;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.ReviewEvent;
import org.fairaudit.domain.Violation;
import org.fairaudit.service.ActionQueue;
import org.fairaudit.service.ActionRow;
import org.fairaudit.service.AuditSummary;
import org.fairaudit.service.MonitorReportRow;
import org.fairaudit.service.ProfileService;
import org.fairaudit.service.ReviewService;
import org.fairaudit.service.TransitionRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The review inbox and the corrective-action queues; every status change is stored with who made it and why. */
public final class JdbcReviewService implements ReviewService {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcReviewService.class);
    private static final String AWAITING_REVIEW =
            EnumSql.inList(MonitorReportStatus.class, MonitorReportStatus::awaitsReview);

    private final Jdbc jdbc;
    private final ProfileService profiles;

    public JdbcReviewService(Database database, ProfileService profiles) {
        this.jdbc = Jdbc.stampedBy(database, profiles);
        this.profiles = profiles;
    }

    @Override
    public List<AuditSummary> submittedAudits() {
        profiles.require(Permission.REVIEW_AUDITS);
        return jdbc.read(tx -> JdbcAuditService.summaries(tx, "a.status = ?", AuditStatus.SUBMITTED));
    }

    @Override
    public List<MonitorReportRow> reportsAwaitingReview() {
        profiles.require(Permission.REVIEW_MONITOR_REPORTS);
        List<MonitorReportRow> rows = jdbc.read(tx -> MonitorReportTable.INSTANCE.rows(tx,
                "m.status IN " + AWAITING_REVIEW));
        // oldest first: the report that has waited longest is handled first
        List<MonitorReportRow> oldestFirst = new ArrayList<>(rows);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    @Override
    public Audit accept(UUID auditId, String comment) {
        Profile reviewer = profiles.require(Permission.REVIEW_AUDITS);
        return review(reviewer, auditId, AuditStatus.ACCEPTED, comment == null ? "" : comment.strip());
    }

    @Override
    public Audit returnToAuditor(UUID auditId, String comment) {
        Profile reviewer = profiles.require(Permission.REVIEW_AUDITS);
        if (comment == null || comment.isBlank()) {
            Validations.requireNone(List.of(new Violation("comment", "validation.required")));
        }
        return review(reviewer, auditId, AuditStatus.RETURNED, comment.strip());
    }

    private Audit review(Profile reviewer, UUID auditId, AuditStatus target, String comment) {
        Audit reviewed = jdbc.write(tx -> {
            Audit stored = AuditTable.INSTANCE.find(tx, auditId)
                    .orElseThrow(() -> new NoSuchElementException("No audit " + auditId));
            if (!stored.status().awaitsReview()) {
                throw new TransitionRefusedException("review.error.notSubmitted");
            }
            tx.save(ReviewEventTable.AUDITS, new ReviewEvent<>(UUID.randomUUID(), auditId, stored.status(), target,
                    comment, reviewer.id(), reviewer.name(), null));
            return tx.save(AuditTable.INSTANCE, withStatus(stored, target));
        });
        LOG.info("Audit {} {}", auditId, target);
        return reviewed;
    }

    private static Audit withStatus(Audit a, AuditStatus status) {
        return new Audit(a.id(), a.supplierId(), a.codes(), a.type(), a.announcement(), a.startDate(), a.endDate(),
                a.leadAuditor(), a.team(), status, a.interviews(), a.version());
    }

    @Override
    public List<ReviewEvent<AuditStatus>> auditHistory(UUID auditId) {
        profiles.require(Permission.READ_AUDITS);
        return jdbc.read(tx -> ReviewEventTable.AUDITS.of(tx, auditId));
    }

    @Override
    public List<ActionRow> actions(ActionQueue queue, LocalDate today) {
        profiles.require(Permission.READ_FINDINGS);
        List<Object> params = new ArrayList<>();
        String condition = switch (queue) {
            case DUE_SOON -> {
                params.add(today);
                params.add(today.plusDays(ActionQueue.DUE_SOON_DAYS));
                yield "a.status IN " + ActionTable.OPEN + " AND a.due_date >= ? AND a.due_date <= ?";
            }
            case OVERDUE -> {
                params.add(today);
                yield "a.status IN " + ActionTable.OPEN + " AND a.due_date < ?";
            }
            case AWAITING_VERIFICATION -> "a.status <> 'VERIFIED' AND (a.status = 'DONE' OR f.status = 'REMEDIATED')";
        };
        Object[] values = params.toArray();
        return jdbc.read(tx -> {
            Map<UUID, Finding> findings = FindingTable.INSTANCE.where(tx, "EXISTS (SELECT 1 FROM corrective_action a"
                    + " WHERE a.finding_id = f.id AND " + condition + ")", values).stream()
                    .collect(Collectors.toMap(Finding::id, Function.identity()));
            return tx.list("SELECT a.*, s.name AS supplier_name FROM corrective_action a"
                            + " JOIN finding f ON f.id = a.finding_id JOIN supplier s ON s.id = f.supplier_id"
                            + " WHERE " + condition + " ORDER BY a.due_date NULLS LAST, s.name, a.id",
                    row -> actionRow(ActionTable.MAPPER.map(row), row.string("supplier_name"), findings), values);
        });
    }

    private static ActionRow actionRow(CorrectiveAction action, String supplierName, Map<UUID, Finding> findings) {
        Finding finding = findings.get(action.findingId());
        return new ActionRow(action, supplierName, finding.requirements(), finding.severity(), finding.status());
    }

    @Override
    public CorrectiveAction verify(UUID actionId, String method, LocalDate verifiedOn, String verifier,
                                   LocalDate today) {
        profiles.require(Permission.VERIFY_ACTIONS);
        List<Violation> violations = new ArrayList<>();
        if (method == null || method.isBlank()) {
            violations.add(new Violation("verificationMethod", "validation.required"));
        }
        if (verifiedOn == null) {
            violations.add(new Violation("verifiedOn", "validation.required"));
        } else if (verifiedOn.isAfter(today)) {
            violations.add(new Violation("verifiedOn", "review.verify.future"));
        }
        if (verifier == null || verifier.isBlank()) {
            violations.add(new Violation("verifier", "validation.required"));
        }
        Validations.requireNone(violations);
        CorrectiveAction verified = jdbc.write(tx -> {
            CorrectiveAction stored = ActionTable.INSTANCE.find(tx, actionId)
                    .orElseThrow(() -> new NoSuchElementException("No corrective action " + actionId));
            if (stored.status() == ActionStatus.VERIFIED) {
                throw new TransitionRefusedException("review.error.alreadyVerified");
            }
            CorrectiveAction saved = tx.save(ActionTable.INSTANCE, new CorrectiveAction(stored.id(),
                    stored.findingId(), stored.action(), stored.owner(), stored.dueDate(), ActionStatus.VERIFIED,
                    method.strip(), verifiedOn, verifier.strip(), stored.version()));
            closeFindingWhenAllVerified(tx, stored.findingId());
            return saved;
        });
        LOG.info("Corrective action {} verified", actionId);
        return verified;
    }

    private static void closeFindingWhenAllVerified(Tx tx, UUID findingId) throws SQLException {
        int unverified = tx.count("SELECT COUNT(*) AS n FROM corrective_action WHERE finding_id = ? AND status <> ?",
                findingId, ActionStatus.VERIFIED);
        Finding f = FindingTable.INSTANCE.find(tx, findingId).orElseThrow();
        if (unverified == 0 && f.status() != FindingStatus.VERIFIED) {
            tx.save(FindingTable.INSTANCE, new Finding(f.id(), f.supplierId(), f.auditId(), f.requirements(),
                    f.severity(), f.description(), f.evidence(), f.workersAffected(), f.scope(), f.indicators(),
                    f.rootCause(), FindingStatus.VERIFIED, f.raisedOn(), f.workerPseudonyms(), f.version()));
            LOG.info("Finding {} verified: every corrective action is verified", findingId);
        }
    }
}
