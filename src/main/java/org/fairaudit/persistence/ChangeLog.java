package org.fairaudit.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The append-only change log: one entry per insert, update or delete of a domain record, written in the
 * same transaction, chained by {@code hash = SHA-256(previous hash || entry)} (docs/decisions/0005).
 */
public final class ChangeLog {
    enum Operation { INSERT, UPDATE, DELETE }

    /** The last entry of the chain: its sequence number and hash. */
    record Head(long seq, String hash) {
    }

    /** What one entry says; {@link #canonical()} is the exact text that is hashed. */
    record Entry(long seq, String entityType, UUID recordId, String operation, UUID profileId, Instant changedAt,
                 String beforeJson, String afterJson) {

        /** Fields separated by U+001F, which JSON always escapes, so that no two entries read the same. */
        String canonical() {
            return String.join("\u001F", Long.toString(seq), entityType, recordId.toString(), operation,
                    text(profileId), changedAt.toString(), text(beforeJson), text(afterJson));
        }

        private static String text(Object value) {
            return value == null ? "" : value.toString();
        }
    }

    private static final String SELECT_ENTRIES =
            "SELECT seq, entity_type, record_id, operation, profile_id, changed_at, before_json, after_json, hash"
                    + " FROM change_log ORDER BY seq";

    /** The hash before the first entry, as seeded by the migration. */
    static final String GENESIS_HASH = "0".repeat(64);

    private final Database database;

    public ChangeLog(Database database) {
        this.database = database;
    }

    /**
     * Recomputes the whole chain and names the first entry that does not match, or that is missing; with an intact
     * chain, also names the first record changed outside FairAudit ({@link RecordStateCheck}).
     */
    public ChangeLogVerification verify() {
        return new Jdbc(database, () -> null).read(tx -> {
            Head stored = tx.one("SELECT last_seq, last_hash FROM change_log_head WHERE id = 1",
                    row -> new Head(row.longValue("last_seq"), row.string("last_hash"))).orElseThrow();
            ChainCheck check = new ChainCheck();
            tx.scan(SELECT_ENTRIES, check::accept);
            if (check.broken) {
                return ChangeLogVerification.brokenAt(check.verified + 1, Math.max(stored.seq(), check.verified));
            }
            if (stored.seq() != check.verified || !stored.hash().equals(check.previousHash)) {
                // entries removed from the end, or the head rewritten
                return ChangeLogVerification.brokenAt(check.verified + 1, Math.max(stored.seq(), check.verified));
            }
            Optional<RecordStateCheck.Altered> altered = RecordStateCheck.firstAltered(tx);
            return altered.isPresent() ? ChangeLogVerification.recordAltered(check.verified, altered.get())
                    : ChangeLogVerification.intact(check.verified);
        });
    }

    /** Walks the entries in order, stopping at the first whose number or hash is not what the chain says. */
    private static final class ChainCheck {
        long verified;
        String previousHash = GENESIS_HASH;
        boolean broken;

        boolean accept(Row row) throws SQLException {
            Entry entry = new Entry(row.longValue("seq"), row.string("entity_type"), row.uuid("record_id"),
                    row.string("operation"), row.uuid("profile_id"), row.instant("changed_at"),
                    row.string("before_json"), row.string("after_json"));
            String storedHash = row.string("hash");
            if (entry.seq() != verified + 1 || !hash(previousHash, entry).equals(storedHash)) {
                broken = true;
                return false;
            }
            verified = entry.seq();
            previousHash = storedHash;
            return true;
        }
    }

    /** Locks the head row for the rest of the transaction: writers queue here. */
    static Head lockHead(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT last_seq, last_hash FROM change_log_head WHERE id = 1 FOR UPDATE");
             ResultSet resultSet = statement.executeQuery()) {
            if (!resultSet.next()) {
                throw new SQLException("change_log_head row missing");
            }
            return new Head(resultSet.getLong(1), resultSet.getString(2));
        }
    }

    static void append(Tx tx, String entityType, UUID recordId, Operation operation, Object before, Object after)
            throws SQLException {
        Head head = tx.chainHead();
        Entry entry = new Entry(head.seq() + 1, entityType, recordId, operation.name(), tx.profileId(), tx.now(),
                before == null ? null : Json.write(before), after == null ? null : Json.write(after));
        String hash = hash(head.hash(), entry);
        tx.insertRows("INSERT INTO change_log (seq, entity_type, record_id, operation, profile_id, changed_at,"
                        + " before_json, after_json, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                List.<Object[]>of(new Object[] {entry.seq(), entityType, recordId, entry.operation(),
                        entry.profileId(), entry.changedAt(), entry.beforeJson(), entry.afterJson(), hash}));
        tx.advanceChain(new Head(entry.seq(), hash));
    }

    /** Moves the stored head to the transaction's last entry, when it appended any. */
    static void storeHead(Tx tx) throws SQLException {
        Head head = tx.chainHead();
        tx.update("UPDATE change_log_head SET last_seq = ?, last_hash = ? WHERE id = 1 AND last_seq <> ?",
                head.seq(), head.hash(), head.seq());
    }

    static String hash(String previousHash, Entry entry) {
        MessageDigest digest = Sha256.newDigest();
        digest.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        digest.update(entry.canonical().getBytes(StandardCharsets.UTF_8));
        return Sha256.hex(digest);
    }
}
