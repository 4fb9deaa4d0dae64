package org.fairaudit.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.Profile;
import org.fairaudit.i18n.Messages;

/** The portfolio workbook for reviewers (DESIGN.md §6): every supplier, finding and corrective action. */
public final class PortfolioService {
    private final PortfolioSource source;
    private final PortfolioWriter writer;
    private final CodeService codes;
    private final ProfileService profiles;
    private final String appVersion;
    private final Clock clock;

    public PortfolioService(PortfolioSource source, PortfolioWriter writer, CodeService codes,
                            ProfileService profiles, String appVersion, Clock clock) {
        this.source = source;
        this.writer = writer;
        this.codes = codes;
        this.profiles = profiles;
        this.appVersion = appVersion;
        this.clock = clock;
    }

    /** @throws AccessDeniedException without {@link Permission#EXPORT_PORTFOLIO} */
    public void exportPortfolio(PortfolioFilter filter, Path out, ProgressListener progress) {
        Profile by = profiles.require(Permission.EXPORT_PORTFOLIO);
        try {
            writer.write(source, filter, codes.crosswalk(), by, clock.instant(), appVersion, out, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("report.writeFailed", out), e);
        }
    }
}
