package org.fairaudit.service;

import java.nio.file.Path;
import org.fairaudit.domain.Permission;

/**
 * The CAP round trip (DESIGN.md §6): reads an edited Findings &amp; CAP sheet, shows what it would change and what
 * it refuses, and applies every change in one transaction once the user confirms.
 */
public final class CapImportService {
    private final FindingService findings;
    private final CapSheetSource source;
    private final ProfileService profiles;

    public CapImportService(FindingService findings, CapSheetSource source, ProfileService profiles) {
        this.findings = findings;
        this.source = source;
        this.profiles = profiles;
    }

    /** Reads and validates the whole sheet; changes nothing. */
    public CapImportPreview preview(Path file, ProgressListener progress) {
        profiles.require(Permission.IMPORT_CAP_SHEETS);
        CapSheet sheet = source.read(file, progress);
        return new CapPlan(sheet, findings, profiles.may(Permission.VERIFY_ACTIONS)).preview();
    }

    /**
     * Stores every change of the preview in one transaction, through the findings' write path (so the change log
     * records each one).
     *
     * @return the number of fields changed
     * @throws ImportRefusedException  when the preview still has rejected rows
     * @throws ConcurrentEditException when a record changed since the preview; nothing is stored then
     */
    public int apply(CapImportPreview preview) {
        profiles.require(Permission.IMPORT_CAP_SHEETS);
        if (!preview.rejected().isEmpty()) {
            throw new ImportRefusedException(preview.rejected());
        }
        findings.importCapChanges(preview.findings(), preview.actions());
        return preview.changes().size();
    }
}
