package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.UUID;

/**
 * Packages written and read, kept in {@code exchange_package} and told to the change log: who exported or
 * imported which package, to or from which installation, with what counts.
 */
final class PackageLog {
    private static final String ENTITY_TYPE = "exchange_package";

    private PackageLog() {
    }

    /** What the change log says about a package written. */
    record Exported(UUID packageId, String fileName, UUID recipient, int records, int attachmentFiles,
                    boolean includesConfidential) {
    }

    /** What the change log says about a package imported. */
    record Imported(UUID packageId, String fileName, UUID signer, String signerName, String keyFingerprint,
                    int inserted, int updated, int unchanged, int conflicts, int refused) {
    }

    static void record(Tx tx, Exported exported) throws SQLException {
        insert(tx, exported.packageId(), "OUT", exported.recipient(), null, exported.records());
        ChangeLog.append(tx, ENTITY_TYPE, exported.packageId(), ChangeLog.Operation.INSERT, null, exported);
    }

    static void record(Tx tx, Imported imported) throws SQLException {
        insert(tx, imported.packageId(), "IN", imported.signer(), imported.signerName(),
                imported.inserted() + imported.updated() + imported.unchanged() + imported.conflicts());
        ChangeLog.append(tx, ENTITY_TYPE, imported.packageId(), ChangeLog.Operation.INSERT, null, imported);
    }

    static boolean wasImported(Tx tx, UUID packageId) throws SQLException {
        return tx.count("SELECT COUNT(*) AS n FROM exchange_package WHERE package_id = ? AND direction = 'IN'",
                packageId) > 0;
    }

    private static void insert(Tx tx, UUID packageId, String direction, UUID peer, String peerName, int records)
            throws SQLException {
        tx.update("INSERT INTO exchange_package (package_id, direction, peer_installation, peer_name, record_count,"
                        + " recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                packageId, direction, peer, peerName, records, tx.now(), tx.profileId());
    }
}
