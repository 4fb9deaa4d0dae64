package org.fairaudit.domain;

/** draft → in progress → submitted → accepted | returned. */
public enum AuditStatus {
    DRAFT, IN_PROGRESS, SUBMITTED, ACCEPTED, RETURNED;

    public boolean isOpenForEditing() {
        return this == DRAFT || this == IN_PROGRESS || this == RETURNED;
    }

    /** Accepting or returning is a reviewer's decision, recorded with a comment, never an auditor's edit. */
    public boolean isReviewDecision() {
        return this == ACCEPTED || this == RETURNED;
    }

    /** Only a submitted audit waits for a reviewer to accept or return it. */
    public boolean awaitsReview() {
        return this == SUBMITTED;
    }
}
