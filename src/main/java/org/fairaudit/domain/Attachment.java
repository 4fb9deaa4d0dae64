package org.fairaudit.domain;

import java.time.Instant;
import java.util.UUID;

/** Metadata of a file stored in the database; the bytes are addressed by their SHA-256. */
public record Attachment(
        UUID id, UUID ownerId, String fileName, String mediaType, long size, String sha256, Instant addedAt) {
}
