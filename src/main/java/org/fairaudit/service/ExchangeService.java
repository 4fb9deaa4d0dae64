package org.fairaudit.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Exchange packages between installations (DESIGN.md §7): export, verify, import and merge, resolve conflicts. */
public interface ExchangeService {
    /** Writes a signed package of the selected records (permission EXPORT_PACKAGES). */
    ExportResult exportPackage(PackageSelection selection, Path out, ProgressListener progress);

    /** Installations this one has exchanged packages with, to address "changes since the last package to …". */
    List<PeerInstallation> peers();

    /**
     * Verifies a package (structure, signature, hashes, format version) and says who signed it and whether that
     * signer is trusted; writes nothing (permission IMPORT_PACKAGES).
     *
     * @throws PackageRefusedException naming the check that failed
     */
    PackageCheck check(Path file);

    /**
     * Verifies then merges a package in one transaction; on any refusal the database is untouched.
     *
     * @param trustNewSigner trust the signer's key when its installation is not known yet
     * @throws PackageRefusedException naming the check that failed, also for an untrusted or changed key
     */
    ImportSummary importPackage(Path file, boolean trustNewSigner, ProgressListener progress);

    /** Open conflicts, each with both versions field by field (permission RESOLVE_CONFLICTS). */
    List<Conflict> conflicts();

    /**
     * Settles a conflict: keep this installation's version, take the other's, or keep mine with some text fields
     * replaced by {@code mergedText} (field name → text; ignored unless {@link ConflictResolution#MERGE}).
     */
    void resolve(UUID conflictId, ConflictResolution resolution, Map<String, String> mergedText);
}
