package org.fairaudit.service;

import java.nio.file.Path;
import java.util.UUID;

/** A package written: where, its id, and how many records and attachment files it carries. */
public record ExportResult(Path file, UUID packageId, int records, int attachmentFiles) {
}
