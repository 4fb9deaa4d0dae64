package org.fairaudit.persistence;

import java.util.OptionalLong;
import java.util.UUID;
import org.fairaudit.i18n.Messages;

/**
 * The outcome of {@link ChangeLog#verify()}.
 *
 * @param entries           entries in the log (as far as the head says when entries were removed)
 * @param firstBrokenEntry  sequence number of the first entry altered or missing; 0 when the chain is intact
 * @param alteredEntity     with an intact chain, the kind of the first record whose stored values differ from its
 *                          last entry (edited outside FairAudit); {@code null} when every record agrees
 * @param alteredRecord     that record's id, or {@code null}
 */
public record ChangeLogVerification(long entries, long firstBrokenEntry, String alteredEntity, UUID alteredRecord) {

    static ChangeLogVerification intact(long entries) {
        return new ChangeLogVerification(entries, 0, null, null);
    }

    static ChangeLogVerification brokenAt(long entry, long entries) {
        return new ChangeLogVerification(entries, entry, null, null);
    }

    static ChangeLogVerification recordAltered(long entries, RecordStateCheck.Altered altered) {
        return new ChangeLogVerification(entries, 0, altered.entityType(), altered.recordId());
    }

    public boolean isIntact() {
        return firstBrokenEntry == 0 && alteredRecord == null;
    }

    public OptionalLong firstBroken() {
        return firstBrokenEntry == 0 ? OptionalLong.empty() : OptionalLong.of(firstBrokenEntry);
    }

    /** A sentence for the user or the CLI. */
    public String message() {
        if (firstBrokenEntry != 0) {
            return Messages.get("db.changeLog.broken", firstBrokenEntry, entries);
        }
        return alteredRecord != null
                ? Messages.get("db.changeLog.recordAltered", alteredEntity, alteredRecord.toString(), entries)
                : Messages.get("db.changeLog.intact", entries);
    }
}
