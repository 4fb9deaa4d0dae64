package org.fairaudit.persistence;

import java.util.OptionalLong;
import org.fairaudit.i18n.Messages;

/**
 * The outcome of {@link ChangeLog#verify()}.
 *
 * @param entries           entries in the log (as far as the head says when entries were removed)
 * @param firstBrokenEntry  sequence number of the first entry altered or missing; 0 when the chain is intact
 */
public record ChangeLogVerification(long entries, long firstBrokenEntry) {

    static ChangeLogVerification intact(long entries) {
        return new ChangeLogVerification(entries, 0);
    }

    static ChangeLogVerification brokenAt(long entry, long entries) {
        return new ChangeLogVerification(entries, entry);
    }

    public boolean isIntact() {
        return firstBrokenEntry == 0;
    }

    public OptionalLong firstBroken() {
        return isIntact() ? OptionalLong.empty() : OptionalLong.of(firstBrokenEntry);
    }

    /** A sentence for the user or the CLI. */
    public String message() {
        return isIntact()
                ? Messages.get("db.changeLog.intact", entries)
                : Messages.get("db.changeLog.broken", firstBrokenEntry, entries);
    }
}
