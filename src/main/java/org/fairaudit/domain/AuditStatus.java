package org.fairaudit.domain;

/** draft → in progress → submitted → accepted | returned. */
public enum AuditStatus {
    DRAFT, IN_PROGRESS, SUBMITTED, ACCEPTED, RETURNED;

    public boolean isOpenForEditing() {
        return this == DRAFT || this == IN_PROGRESS || this == RETURNED;
    }
}
