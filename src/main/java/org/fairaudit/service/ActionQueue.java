package org.fairaudit.service;

/** The corrective-action queues a reviewer works through. */
public enum ActionQueue {
    /** Open and due within the next {@link #DUE_SOON_DAYS} days. */
    DUE_SOON,
    /** Open and past the due date. */
    OVERDUE,
    /** Done at the supplier (or the finding remediated) but not yet verified. */
    AWAITING_VERIFICATION;

    public static final int DUE_SOON_DAYS = 14;
}
