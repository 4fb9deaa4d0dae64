package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.exchange.VerifiedPackage;
import org.fairaudit.service.PackageRefusal;
import org.fairaudit.service.PackageRefusedException;

/** The installations whose packages are accepted, each with the fingerprint of the key trusted for it. */
final class TrustedInstallations {
    private TrustedInstallations() {
    }

    /** What the change log says when a key is trusted. */
    record Trusted(UUID installationId, String keyFingerprint, String authorName) {
    }

    static Optional<String> fingerprintOf(Tx tx, UUID installationId) throws SQLException {
        return tx.one("SELECT key_fingerprint FROM trusted_installation WHERE installation_id = ?",
                row -> row.string("key_fingerprint"), installationId);
    }

    static Optional<String> authorOf(Tx tx, UUID installationId) throws SQLException {
        return tx.one("SELECT author_name FROM trusted_installation WHERE installation_id = ?",
                row -> row.string("author_name"), installationId);
    }

    /**
     * Refuses a package signed by a key other than the one trusted for its installation, or by an installation not
     * trusted yet unless {@code trustNew}; then the key is trusted from now on.
     */
    static void require(Tx tx, VerifiedPackage pkg, boolean trustNew) throws SQLException {
        UUID installation = pkg.manifest().installationId();
        Optional<String> trusted = fingerprintOf(tx, installation);
        if (trusted.isPresent()) {
            if (!trusted.get().equals(pkg.fingerprint())) {
                throw new PackageRefusedException(PackageRefusal.KEY_CHANGED, pkg.file(), pkg.fingerprint(),
                        trusted.get());
            }
            return;
        }
        if (!trustNew) {
            throw new PackageRefusedException(PackageRefusal.UNTRUSTED_SIGNER, pkg.file(), pkg.fingerprint());
        }
        String author = pkg.manifest().author() == null ? null : pkg.manifest().author().name();
        tx.update("INSERT INTO trusted_installation (installation_id, key_fingerprint, author_name, trusted_at,"
                + " trusted_by) VALUES (?, ?, ?, ?, ?)", installation, pkg.fingerprint(), author, tx.now(),
                tx.profileId());
        ChangeLog.append(tx, "trusted_installation", installation, ChangeLog.Operation.INSERT, null,
                new Trusted(installation, pkg.fingerprint(), author));
    }
}
