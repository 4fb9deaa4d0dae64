package org.fairaudit.service;

import java.time.Instant;

/**
 * A backup that could not be taken: when, and why (the file system's message, e.g. no space left on the disk).
 *
 * @param reason names files and folders, never anything from the data
 */
public record BackupFailure(Instant at, String reason) {
}
