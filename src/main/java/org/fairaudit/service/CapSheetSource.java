package org.fairaudit.service;

import java.nio.file.Path;

/** Reads the Findings &amp; CAP sheet of a workbook (implemented with POI in the excel layer). */
public interface CapSheetSource {
    /**
     * @throws ImportRefusedException when the file as a whole cannot be read (not a workbook, hostile, no such sheet,
     *                                missing id column, too many rows)
     * @throws java.util.concurrent.CancellationException when {@code progress} is cancelled
     */
    CapSheet read(Path file, ProgressListener progress);
}
