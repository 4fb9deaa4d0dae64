package org.fairaudit.persistence;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.service.ConflictResolution;

/** Open and settled conflicts in {@code exchange_conflict}; every change to them is told to the change log. */
final class Conflicts {
    private static final String ENTITY_TYPE = "exchange_conflict";

    private Conflicts() {
    }

    /** The other installation's version of a record changed on both sides. */
    record Incoming(String entityType, UUID recordId, UUID peer, UUID packageId, String theirsJson,
                    String theirsHash, long theirsVersion) {
    }

    /** A stored conflict. */
    record Stored(UUID id, Incoming theirs, Instant createdAt) {
    }

    /** What the change log says when a conflict is settled. */
    record Settled(UUID conflictId, String entityType, UUID recordId, ConflictResolution resolution) {
    }

    /** Keeps their version beside ours; the same version arriving again (the same package twice) writes nothing. */
    static void record(Tx tx, Incoming theirs) throws SQLException {
        Optional<Stored> open = openFor(tx, theirs.recordId(), theirs.peer());
        if (open.isPresent() && open.get().theirs().theirsHash().equals(theirs.theirsHash())) {
            return;
        }
        if (open.isPresent()) {
            UUID id = open.get().id();
            tx.update("UPDATE exchange_conflict SET package_id = ?, theirs_json = ?, theirs_hash = ?,"
                            + " theirs_version = ? WHERE id = ?", theirs.packageId(), theirs.theirsJson(),
                    theirs.theirsHash(), theirs.theirsVersion(), id);
            ChangeLog.append(tx, ENTITY_TYPE, id, ChangeLog.Operation.UPDATE, summary(open.get().theirs()),
                    summary(theirs));
            return;
        }
        UUID id = UUID.randomUUID();
        tx.update("INSERT INTO exchange_conflict (id, entity_type, record_id, peer_installation, package_id,"
                        + " theirs_json, theirs_hash, theirs_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, theirs.entityType(), theirs.recordId(), theirs.peer(), theirs.packageId(), theirs.theirsJson(),
                theirs.theirsHash(), theirs.theirsVersion(), tx.now());
        ChangeLog.append(tx, ENTITY_TYPE, id, ChangeLog.Operation.INSERT, null, summary(theirs));
    }

    static List<Stored> open(Tx tx) throws SQLException {
        return tx.list("SELECT * FROM exchange_conflict WHERE resolved_at IS NULL ORDER BY created_at, id",
                Conflicts::stored);
    }

    static Optional<Stored> open(Tx tx, UUID conflictId) throws SQLException {
        return tx.one("SELECT * FROM exchange_conflict WHERE id = ? AND resolved_at IS NULL", Conflicts::stored,
                conflictId);
    }

    static void settle(Tx tx, Stored conflict, ConflictResolution resolution) throws SQLException {
        tx.update("UPDATE exchange_conflict SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?",
                tx.now(), tx.profileId(), resolution.name(), conflict.id());
        ChangeLog.append(tx, ENTITY_TYPE, conflict.id(), ChangeLog.Operation.UPDATE, summary(conflict.theirs()),
                new Settled(conflict.id(), conflict.theirs().entityType(), conflict.theirs().recordId(),
                        resolution));
    }

    private static Optional<Stored> openFor(Tx tx, UUID recordId, UUID peer) throws SQLException {
        return tx.one("SELECT * FROM exchange_conflict WHERE record_id = ? AND peer_installation = ?"
                + " AND resolved_at IS NULL", Conflicts::stored, recordId, peer);
    }

    private static Stored stored(Row row) throws SQLException {
        return new Stored(row.uuid("id"), new Incoming(row.string("entity_type"), row.uuid("record_id"),
                row.uuid("peer_installation"), row.uuid("package_id"), row.string("theirs_json"),
                row.string("theirs_hash"), row.longValue("theirs_version")), row.instant("created_at"));
    }

    /** Without their record's text: the change log names the version by its hash. */
    private static Incoming summary(Incoming theirs) {
        return new Incoming(theirs.entityType(), theirs.recordId(), theirs.peer(), theirs.packageId(), null,
                theirs.theirsHash(), theirs.theirsVersion());
    }
}
