package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds records edited behind FairAudit's back: a hash chain proves the log was not altered, but a plain SQL
 * {@code UPDATE} of a record leaves the log intact. Every record's current values must equal the after-state of its
 * last log entry, every row must have an entry, and a record whose last entry is not a delete must still exist.
 * Versions are left out of the comparison: a record written in parts (a finding and its monitor-report link) counts
 * every part's update in one version.
 */
final class RecordStateCheck {
    /** The domain records whose every write goes through {@link Tx#save} and is therefore logged as stored. */
    static final List<RecordTable<?>> LOGGED_TABLES = List.of(SupplierTable.INSTANCE, WorkforceTable.INSTANCE,
            AgencyTable.INSTANCE, AuditTable.INSTANCE, ResponseTable.INSTANCE, FindingTable.INSTANCE,
            ActionTable.INSTANCE, MonitorReportTable.INSTANCE, FeeTable.INSTANCE);

    /** A record whose stored state is not what the log says. */
    record Altered(String entityType, UUID recordId) {
    }

    private RecordStateCheck() {
    }

    static Optional<Altered> firstAltered(Tx tx) throws SQLException {
        for (RecordTable<?> table : LOGGED_TABLES) {
            Optional<Altered> altered = firstAltered(tx, table);
            if (altered.isPresent()) {
                return altered;
            }
        }
        return Optional.empty();
    }

    private static <T> Optional<Altered> firstAltered(Tx tx, RecordTable<T> table) throws SQLException {
        Map<UUID, String> logged = lastLoggedStates(tx, table.entityType());
        for (UUID id : tx.list("SELECT id FROM " + table.table() + " ORDER BY id", row -> row.uuid("id"))) {
            String expected = logged.remove(id);
            T stored = table.find(tx, id).orElseThrow();
            if (expected == null || !Json.sameIgnoringVersion(expected, Json.write(stored))) {
                return Optional.of(new Altered(table.entityType(), id));
            }
        }
        // what is left was logged as existing but is gone without a logged delete
        return logged.entrySet().stream().filter(entry -> entry.getValue() != null).findFirst()
                .map(entry -> new Altered(table.entityType(), entry.getKey()));
    }

    /** Record id → after-state of its last entry ({@code null} value when that entry is a delete). */
    private static Map<UUID, String> lastLoggedStates(Tx tx, String entityType) throws SQLException {
        Map<UUID, String> states = new HashMap<>();
        tx.scan("SELECT record_id, after_json FROM change_log WHERE entity_type = ? ORDER BY seq", row -> {
            states.put(row.uuid("record_id"), row.string("after_json"));
            return true;
        }, entityType);
        return states;
    }
}
