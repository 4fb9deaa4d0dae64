package org.fairaudit.exchange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a package holds and who made it; signed as a whole by the author installation.
 *
 * @param publicKey            the author installation's Ed25519 public key (X.509, Base64)
 * @param recipient            the installation the package was made for, or {@code null} for anyone
 * @param includesConfidential whether interview notes, worker pseudonyms and reporter identities were included
 */
public record Manifest(
        int formatVersion,
        UUID packageId,
        UUID installationId,
        String publicKey,
        Author author,
        Instant createdAt,
        UUID recipient,
        boolean includesConfidential,
        List<Entry> entries) {

    public Manifest {
        entries = List.copyOf(entries);
    }

    /** The profile that made the package: name and role only. */
    public record Author(String name, String role) {
    }

    /** One file of the package with its size and SHA-256 (lower-case hex). */
    public record Entry(String name, long size, String sha256) {
    }
}
