package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Per record and peer installation, the content hash both sides last agreed on. Packages sent to no installation
 * in particular are agreed with {@link #ANYONE}, which stands in until the recipient answers.
 */
final class Agreements {
    static final UUID ANYONE = new UUID(0, 0);

    private Agreements() {
    }

    /** The agreements of many records, read a chunk of ids per query: per record, peer installation → hash. */
    static Map<UUID, Map<UUID, String>> of(Tx tx, List<UUID> recordIds) throws SQLException {
        Map<UUID, Map<UUID, String>> agreed = new HashMap<>();
        for (List<UUID> chunk : Tx.chunks(recordIds)) {
            tx.scan("SELECT record_id, peer_installation, content_hash FROM exchange_agreement WHERE record_id IN ("
                    + Tx.placeholders(chunk.size()) + ")", row -> {
                        agreed.computeIfAbsent(row.uuid("record_id"), id -> new HashMap<>())
                                .put(row.uuid("peer_installation"), row.string("content_hash"));
                        return true;
                    }, chunk.toArray());
        }
        return agreed;
    }

    /** Of one record's agreements ({@link #of}), the hash agreed with {@code peer}, else the one agreed with anyone. */
    static String with(Map<UUID, String> agreedOfRecord, UUID peer) {
        String direct = agreedOfRecord.get(peer);
        return direct != null ? direct : agreedOfRecord.get(ANYONE);
    }

    /**
     * Records agreements with one peer in a batch of inserts and one of updates; an agreement recorded already is
     * left as it is (importing or exporting the same again writes nothing).
     */
    static void putAll(Tx tx, UUID peer, Map<UUID, String> hashes) throws SQLException {
        Map<UUID, Map<UUID, String>> stored = of(tx, List.copyOf(hashes.keySet()));
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        hashes.forEach((recordId, hash) -> {
            String current = stored.getOrDefault(recordId, Map.of()).get(peer);
            if (current == null) {
                inserts.add(new Object[] {recordId, peer, hash, tx.now()});
            } else if (!current.equals(hash)) {
                updates.add(new Object[] {hash, tx.now(), recordId, peer});
            }
        });
        tx.batch("INSERT INTO exchange_agreement (record_id, peer_installation, content_hash, agreed_at)"
                + " VALUES (?, ?, ?, ?)", inserts);
        tx.batch("UPDATE exchange_agreement SET content_hash = ?, agreed_at = ?"
                + " WHERE record_id = ? AND peer_installation = ?", updates);
    }

    static void put(Tx tx, UUID recordId, UUID peer, String hash) throws SQLException {
        putAll(tx, peer, Map.of(recordId, hash));
    }
}
