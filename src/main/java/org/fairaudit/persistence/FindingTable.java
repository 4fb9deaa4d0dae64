package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Scope;
import org.fairaudit.domain.Severity;

/**
 * Findings with the requirements they breach and the forced-labour indicators they evidence (child rows).
 * Conditions are SQL over the finding table named {@code f} (child tables are named {@code c}); children are read
 * in one query per list, whatever the row count.
 */
final class FindingTable implements RecordTable<Finding> {
    static final FindingTable INSTANCE = new FindingTable();

    static final String NEWEST_FIRST = "ORDER BY f.raised_on DESC NULLS LAST, f.created_at DESC, f.id";

    @Override
    public String table() {
        return "finding";
    }

    @Override
    public UUID id(Finding finding) {
        return finding.id();
    }

    @Override
    public long version(Finding finding) {
        return finding.version();
    }

    @Override
    public Finding withVersion(Finding f, long version) {
        return new Finding(f.id(), f.supplierId(), f.auditId(), f.requirements(), f.severity(), f.description(),
                f.evidence(), f.workersAffected(), f.scope(), f.indicators(), f.rootCause(), f.status(), f.raisedOn(),
                f.workerPseudonyms(), version);
    }

    @Override
    public Map<String, Object> columns(Finding f) {
        return Columns.of("supplier_id", f.supplierId(), "audit_id", f.auditId(), "severity", f.severity(),
                "description", f.description(), "evidence", f.evidence(), "workers_affected", f.workersAffected(),
                "scope", f.scope(), "root_cause", f.rootCause(), "status", f.status(), "raised_on", f.raisedOn(),
                "worker_pseudonyms", f.workerPseudonyms());
    }

    @Override
    public Optional<Finding> find(Tx tx, UUID id) throws SQLException {
        return where(tx, "f.id = ?", id).stream().findFirst();
    }

    @Override
    public Map<UUID, Finding> findAll(Tx tx, List<UUID> ids) throws SQLException {
        Map<UUID, Finding> found = new HashMap<>();
        for (List<UUID> chunk : Tx.chunks(ids)) {
            for (Finding finding : where(tx, "f.id IN (" + Tx.placeholders(chunk.size()) + ")", chunk.toArray())) {
                found.put(finding.id(), finding);
            }
        }
        return found;
    }

    @Override
    public void writeChildren(Tx tx, Finding finding, boolean inserted) throws SQLException {
        if (!inserted) {
            tx.update("DELETE FROM finding_requirement WHERE finding_id = ?", finding.id());
            tx.update("DELETE FROM finding_indicator WHERE finding_id = ?", finding.id());
        }
        List<Object[]> requirements = new ArrayList<>();
        for (int i = 0; i < finding.requirements().size(); i++) {
            RequirementKey key = finding.requirements().get(i);
            requirements.add(new Object[] {finding.id(), i, key.codeId(), key.ref()});
        }
        tx.insertRows("INSERT INTO finding_requirement (finding_id, position, code_id, requirement_ref)"
                + " VALUES (?, ?, ?, ?)", requirements);
        List<Object[]> indicators = new ArrayList<>();
        finding.indicators().forEach(indicator -> indicators.add(new Object[] {finding.id(), indicator.id()}));
        tx.insertRows("INSERT INTO finding_indicator (finding_id, indicator) VALUES (?, ?)", indicators);
    }

    /** Findings matching {@code condition} (SQL over {@code f}), newest first. */
    List<Finding> where(Tx tx, String condition, Object... params) throws SQLException {
        List<Finding> findings = tx.list("SELECT f.* FROM finding f WHERE " + condition + " " + NEWEST_FIRST,
                FindingTable::finding, params);
        return withChildren(tx, findings, condition, params);
    }

    /** The finding in the current row of a query over {@code finding f}, without its child rows. */
    static Finding finding(Row row) throws SQLException {
        return new Finding(row.uuid("id"), row.uuid("supplier_id"), row.uuid("audit_id"), List.of(),
                row.enumValue(Severity.class, "severity"), row.string("description"), row.string("evidence"),
                row.integerOrNull("workers_affected"), row.enumValue(Scope.class, "scope"), Set.of(),
                row.string("root_cause"), row.enumValue(FindingStatus.class, "status"), row.date("raised_on"),
                row.string("worker_pseudonyms"), row.longValue("version"));
    }

    /** Adds requirements and indicators to findings read with the same {@code condition}. */
    static List<Finding> withChildren(Tx tx, List<Finding> findings, String condition, Object... params)
            throws SQLException {
        if (findings.isEmpty()) {
            return findings;
        }
        // a join, not IN (subquery): H2 plans joins well and IN (SELECT ...) poorly
        String ofMatching = " JOIN finding f ON f.id = c.finding_id WHERE " + condition;
        Map<UUID, List<RequirementKey>> requirements = new HashMap<>();
        tx.scan("SELECT c.finding_id, c.code_id, c.requirement_ref FROM finding_requirement c" + ofMatching
                + " ORDER BY c.finding_id, c.position", row -> {
                    requirements.computeIfAbsent(row.uuid("finding_id"), id -> new ArrayList<>())
                            .add(new RequirementKey(row.string("code_id"), row.string("requirement_ref")));
                    return true;
                }, params);
        Map<UUID, Set<ForcedLabourIndicator>> indicators = new HashMap<>();
        tx.scan("SELECT c.finding_id, c.indicator FROM finding_indicator c" + ofMatching, row -> {
            indicators.computeIfAbsent(row.uuid("finding_id"), id -> EnumSet.noneOf(ForcedLabourIndicator.class))
                    .add(ForcedLabourIndicator.fromId(row.string("indicator")));
            return true;
        }, params);
        List<Finding> complete = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            complete.add(new Finding(f.id(), f.supplierId(), f.auditId(),
                    requirements.getOrDefault(f.id(), List.of()), f.severity(), f.description(), f.evidence(),
                    f.workersAffected(), f.scope(), indicators.getOrDefault(f.id(), Set.of()), f.rootCause(),
                    f.status(), f.raisedOn(), f.workerPseudonyms(), f.version()));
        }
        return complete;
    }
}
