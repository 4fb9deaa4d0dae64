package org.fairaudit.service;

import java.time.Instant;
import java.util.UUID;

/** A verified package: who signed it, the key's fingerprint, whether that key is trusted here, and what it holds. */
public record PackageCheck(UUID installationId, String authorName, String authorRole, String fingerprint,
                           boolean trusted, Instant createdAt, int records, boolean includesConfidential) {
}
