package org.fairaudit.app;

import org.fairaudit.persistence.DatabaseFile;

/** How the window comes to an open database: through a dialog first, or straight away. */
enum StartPath {
    /** Already opening, since before the toolkit started ({@link EarlyOpening}). */
    EARLY,
    /** No file yet: the user chooses whether to encrypt it. */
    NEW,
    /** The user types the passphrase. */
    ENCRYPTED,
    /** Opened as it is. */
    PLAIN;

    /**
     * While an early opening runs, the file is not read: closing what reads it would drop the lock H2 holds on it
     * (a POSIX lock belongs to the process), and a second FairAudit could then open the same file and damage it.
     */
    static StartPath of(DatabaseFile file, boolean openingEarly) {
        if (openingEarly) {
            return EARLY;
        }
        if (!file.exists()) {
            return NEW;
        }
        return file.isEncrypted() ? ENCRYPTED : PLAIN;
    }
}
