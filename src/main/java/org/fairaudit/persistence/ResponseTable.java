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
import org.fairaudit.domain.EvidenceSource;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Response;
import org.fairaudit.domain.ResponseResult;

/** Checklist responses with their evidence sources (child rows). */
final class ResponseTable implements RecordTable<Response> {
    static final ResponseTable INSTANCE = new ResponseTable();

    /** Checklist order: the audit's code order, then the requirement's place in its code. */
    private static final String IN_CHECKLIST_ORDER = "SELECT r.* FROM response r"
            + " JOIN audit_code ac ON ac.audit_id = r.audit_id AND ac.code_id = r.code_id"
            + " JOIN requirement q ON q.code_id = ac.code_id AND q.code_version = ac.code_version"
            + " AND q.ref = r.requirement_ref"
            + " WHERE r.audit_id = ? ORDER BY ac.position, q.position";

    @Override
    public String table() {
        return "response";
    }

    @Override
    public UUID id(Response response) {
        return response.id();
    }

    @Override
    public long version(Response response) {
        return response.version();
    }

    @Override
    public Response withVersion(Response r, long version) {
        return new Response(r.id(), r.auditId(), r.requirement(), r.result(), r.evidence(), r.notes(),
                r.interviewNotes(), version);
    }

    @Override
    public Map<String, Object> columns(Response r) {
        return Columns.of("audit_id", r.auditId(), "code_id", r.requirement().codeId(),
                "requirement_ref", r.requirement().ref(), "result", r.result(), "notes", r.notes(),
                "interview_notes", r.interviewNotes());
    }

    @Override
    public Optional<Response> find(Tx tx, UUID id) throws SQLException {
        Optional<Response> found = tx.one("SELECT * FROM response WHERE id = ?", row -> response(row, Set.of()), id);
        if (found.isEmpty()) {
            return found;
        }
        Set<EvidenceSource> evidence = EnumSet.noneOf(EvidenceSource.class);
        evidence.addAll(tx.list("SELECT source FROM response_evidence WHERE response_id = ?",
                row -> row.enumValue(EvidenceSource.class, "source"), id));
        Response r = found.get();
        return Optional.of(new Response(r.id(), r.auditId(), r.requirement(), r.result(), evidence, r.notes(),
                r.interviewNotes(), r.version()));
    }

    @Override
    public Map<UUID, Response> findAll(Tx tx, List<UUID> ids) throws SQLException {
        Map<UUID, Response> found = new HashMap<>();
        for (List<UUID> chunk : Tx.chunks(ids)) {
            String in = Tx.placeholders(chunk.size());
            Map<UUID, Set<EvidenceSource>> evidence = new HashMap<>();
            tx.scan("SELECT response_id, source FROM response_evidence WHERE response_id IN (" + in + ")", row -> {
                evidence.computeIfAbsent(row.uuid("response_id"), id -> EnumSet.noneOf(EvidenceSource.class))
                        .add(row.enumValue(EvidenceSource.class, "source"));
                return true;
            }, chunk.toArray());
            tx.scan("SELECT * FROM response WHERE id IN (" + in + ")", row -> {
                UUID id = row.uuid("id");
                found.put(id, response(row, evidence.getOrDefault(id, EnumSet.noneOf(EvidenceSource.class))));
                return true;
            }, chunk.toArray());
        }
        return found;
    }

    @Override
    public void writeChildren(Tx tx, Response response, boolean inserted) throws SQLException {
        if (!inserted) {
            tx.update("DELETE FROM response_evidence WHERE response_id = ?", response.id());
        }
        List<Object[]> rows = new ArrayList<>();
        response.evidence().forEach(source -> rows.add(new Object[] {response.id(), source}));
        tx.insertRows("INSERT INTO response_evidence (response_id, source) VALUES (?, ?)", rows);
    }

    @Override
    public boolean sameChildren(Response before, Response after) {
        return before.evidence().equals(after.evidence());
    }

    List<Response> ofAudit(Tx tx, UUID auditId) throws SQLException {
        Map<UUID, Set<EvidenceSource>> evidence = new HashMap<>();
        tx.scan("SELECT e.response_id, e.source FROM response_evidence e JOIN response r ON r.id = e.response_id"
                + " WHERE r.audit_id = ?", row -> {
                    evidence.computeIfAbsent(row.uuid("response_id"), id -> EnumSet.noneOf(EvidenceSource.class))
                            .add(row.enumValue(EvidenceSource.class, "source"));
                    return true;
                }, auditId);
        return tx.list(IN_CHECKLIST_ORDER, row -> response(row, evidence.getOrDefault(row.uuid("id"), Set.of())),
                auditId);
    }

    private static Response response(Row row, Set<EvidenceSource> evidence) throws SQLException {
        return new Response(row.uuid("id"), row.uuid("audit_id"),
                new RequirementKey(row.string("code_id"), row.string("requirement_ref")),
                row.enumValue(ResponseResult.class, "result"), evidence, row.string("notes"),
                row.string("interview_notes"), row.longValue("version"));
    }
}
