package org.fairaudit.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.domain.Profile;

/** Writes the portfolio workbook (implemented by the excel package). */
public interface PortfolioWriter {
    /**
     * Writes to a temporary file next to {@code out} and moves it into place only when complete: on error or
     * cancellation no partial file is left.
     */
    void write(PortfolioSource source, PortfolioFilter filter, Crosswalk crosswalk, Profile by, Instant at,
               String appVersion, Path out, ProgressListener progress) throws IOException;
}
