package org.fairaudit.service;

import java.nio.file.Path;
import java.time.Instant;

/** One backup of the database: a zip holding the database file as it was, encrypted if the database was. */
public record BackupFile(Path path, Instant takenAt, long size, boolean encrypted) {
}
