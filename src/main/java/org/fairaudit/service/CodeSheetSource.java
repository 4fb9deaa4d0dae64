package org.fairaudit.service;

import java.nio.file.Path;
import org.fairaudit.domain.Crosswalk;

/** Reads a code of conduct from the first sheet of a workbook (implemented with POI in the excel layer). */
public interface CodeSheetSource {
    /**
     * Validates every row with the template rules; the preview holds the code or every problem found.
     *
     * @throws ImportRefusedException when the file as a whole cannot be read
     */
    CodeImportPreview read(Path file, Crosswalk crosswalk);
}
