package org.fairaudit.domain;

import java.util.EnumSet;
import java.util.Set;

/** received → under review → substantiated | not substantiated; a report found unsubstantiated may be reopened. */
public enum MonitorReportStatus {
    RECEIVED, UNDER_REVIEW, SUBSTANTIATED, NOT_SUBSTANTIATED;

    /** The statuses a reviewer may move a report to from this one. */
    public Set<MonitorReportStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(UNDER_REVIEW);
            case UNDER_REVIEW -> EnumSet.of(SUBSTANTIATED, NOT_SUBSTANTIATED);
            // new evidence may arrive after a report was found unsubstantiated
            case NOT_SUBSTANTIATED -> EnumSet.of(UNDER_REVIEW);
            case SUBSTANTIATED -> EnumSet.noneOf(MonitorReportStatus.class);
        };
    }

    public boolean canMoveTo(MonitorReportStatus target) {
        return next().contains(target);
    }

    /** Waiting in a reviewer's inbox. */
    public boolean awaitsReview() {
        return this == RECEIVED || this == UNDER_REVIEW;
    }
}
