package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.CorrectiveAction;

final class ActionTable implements RecordTable<CorrectiveAction> {
    static final ActionTable INSTANCE = new ActionTable();

    /** Statuses of actions still to be done ({@link ActionStatus#isOpen()}). */
    static final String OPEN = EnumSql.inList(ActionStatus.class, ActionStatus::isOpen);

    static final RowMapper<CorrectiveAction> MAPPER = row -> new CorrectiveAction(row.uuid("id"),
            row.uuid("finding_id"), row.string("action"), row.string("owner"), row.date("due_date"),
            row.enumValue(ActionStatus.class, "status"), row.string("verification_method"),
            row.date("verified_on"), row.string("verifier"), row.longValue("version"));

    @Override
    public String table() {
        return "corrective_action";
    }

    @Override
    public UUID id(CorrectiveAction action) {
        return action.id();
    }

    @Override
    public long version(CorrectiveAction action) {
        return action.version();
    }

    @Override
    public CorrectiveAction withVersion(CorrectiveAction a, long version) {
        return new CorrectiveAction(a.id(), a.findingId(), a.action(), a.owner(), a.dueDate(), a.status(),
                a.verificationMethod(), a.verifiedOn(), a.verifier(), version);
    }

    @Override
    public Map<String, Object> columns(CorrectiveAction a) {
        return Columns.of("finding_id", a.findingId(), "action", a.action(), "owner", a.owner(),
                "due_date", a.dueDate(), "status", a.status(), "verification_method", a.verificationMethod(),
                "verified_on", a.verifiedOn(), "verifier", a.verifier());
    }

    @Override
    public Optional<CorrectiveAction> find(Tx tx, UUID id) throws SQLException {
        return tx.one("SELECT * FROM corrective_action WHERE id = ?", MAPPER, id);
    }

    @Override
    public Map<UUID, CorrectiveAction> findAll(Tx tx, List<UUID> ids) throws SQLException {
        return RecordTable.findAllRows(tx, table(), ids, MAPPER);
    }

    /** Earliest due first; actions without a due date last. */
    List<CorrectiveAction> ofFinding(Tx tx, UUID findingId) throws SQLException {
        return tx.list("SELECT * FROM corrective_action WHERE finding_id = ?"
                + " ORDER BY due_date NULLS LAST, created_at, id", MAPPER, findingId);
    }
}
