package org.fairaudit.domain;

/** open → in progress → remediated → verified, or disputed. */
public enum FindingStatus {
    OPEN, IN_PROGRESS, REMEDIATED, VERIFIED, DISPUTED;

    /** Still needs work at the supplier: counts as open on dashboards and for the zero-tolerance override. */
    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS || this == DISPUTED;
    }
}
