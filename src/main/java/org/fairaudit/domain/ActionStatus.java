package org.fairaudit.domain;

public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, VERIFIED;

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
