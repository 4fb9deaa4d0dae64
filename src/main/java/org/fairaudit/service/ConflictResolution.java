package org.fairaudit.service;

/** How a reviewer settles a conflict. */
public enum ConflictResolution {
    KEEP_MINE, TAKE_THEIRS, MERGE
}
