package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.Announcement;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.AuditType;
import org.fairaudit.domain.CodeRef;
import org.fairaudit.domain.InterviewCounts;

/** Audits with their pinned code versions (child rows written once, when the audit is inserted). */
final class AuditTable implements RecordTable<Audit> {
    static final AuditTable INSTANCE = new AuditTable();

    @Override
    public String table() {
        return "audit";
    }

    @Override
    public UUID id(Audit audit) {
        return audit.id();
    }

    @Override
    public long version(Audit audit) {
        return audit.version();
    }

    @Override
    public Audit withVersion(Audit a, long version) {
        return new Audit(a.id(), a.supplierId(), a.codes(), a.type(), a.announcement(), a.startDate(), a.endDate(),
                a.leadAuditor(), a.team(), a.status(), a.interviews(), version);
    }

    @Override
    public Map<String, Object> columns(Audit a) {
        InterviewCounts i = a.interviews();
        return Columns.of("supplier_id", a.supplierId(), "audit_type", a.type(), "announcement", a.announcement(),
                "start_date", a.startDate(), "end_date", a.endDate(), "lead_auditor", a.leadAuditor(),
                "team", a.team(), "status", a.status(), "interviews_migrant", i.migrant(),
                "interviews_local", i.local(), "interviews_women", i.women(), "interviews_men", i.men(),
                "interviews_individual", i.individual(), "interviews_group", i.group());
    }

    @Override
    public Optional<Audit> find(Tx tx, UUID id) throws SQLException {
        return tx.one("SELECT * FROM audit WHERE id = ?", row -> audit(row, codesOf(tx, id)), id);
    }

    @Override
    public Map<UUID, Audit> findAll(Tx tx, List<UUID> ids) throws SQLException {
        Map<UUID, Audit> found = new HashMap<>();
        for (List<UUID> chunk : Tx.chunks(ids)) {
            String in = Tx.placeholders(chunk.size());
            Map<UUID, List<CodeRef>> codes = codesWhere(tx, "audit_id IN (" + in + ")", chunk.toArray());
            tx.scan("SELECT * FROM audit WHERE id IN (" + in + ")", row -> {
                UUID id = row.uuid("id");
                found.put(id, audit(row, codes.getOrDefault(id, List.of())));
                return true;
            }, chunk.toArray());
        }
        return found;
    }

    @Override
    public void writeChildren(Tx tx, Audit audit, boolean inserted) throws SQLException {
        if (!inserted) {
            return; // pinned at creation
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < audit.codes().size(); i++) {
            CodeRef code = audit.codes().get(i);
            rows.add(new Object[] {audit.id(), i, code.codeId(), code.version()});
        }
        tx.insertRows("INSERT INTO audit_code (audit_id, position, code_id, code_version) VALUES (?, ?, ?, ?)",
                rows);
    }

    /** Every audit's pinned codes, in the order each audit lists them. */
    static Map<UUID, List<CodeRef>> allCodes(Tx tx) throws SQLException {
        return codesWhere(tx, "TRUE");
    }

    /** The pinned codes of the audits whose {@code audit_code} rows match {@code condition}. */
    private static Map<UUID, List<CodeRef>> codesWhere(Tx tx, String condition, Object... params)
            throws SQLException {
        Map<UUID, List<CodeRef>> codes = new LinkedHashMap<>();
        tx.scan("SELECT audit_id, code_id, code_version FROM audit_code WHERE " + condition
                + " ORDER BY audit_id, position", row -> {
                    codes.computeIfAbsent(row.uuid("audit_id"), id -> new ArrayList<>())
                            .add(new CodeRef(row.string("code_id"), row.string("code_version")));
                    return true;
                }, params);
        return codes;
    }

    private static List<CodeRef> codesOf(Tx tx, UUID auditId) throws SQLException {
        return tx.list("SELECT code_id, code_version FROM audit_code WHERE audit_id = ? ORDER BY position",
                row -> new CodeRef(row.string("code_id"), row.string("code_version")), auditId);
    }

    /** The audit in the current row of a query over {@code audit}. */
    static Audit audit(Row row, List<CodeRef> codes) throws SQLException {
        InterviewCounts interviews = new InterviewCounts(row.integer("interviews_migrant"),
                row.integer("interviews_local"), row.integer("interviews_women"), row.integer("interviews_men"),
                row.integer("interviews_individual"), row.integer("interviews_group"));
        return new Audit(row.uuid("id"), row.uuid("supplier_id"), codes, row.enumValue(AuditType.class, "audit_type"),
                row.enumValue(Announcement.class, "announcement"), row.date("start_date"), row.date("end_date"),
                row.string("lead_auditor"), row.string("team"), row.enumValue(AuditStatus.class, "status"),
                interviews, row.longValue("version"));
    }
}
