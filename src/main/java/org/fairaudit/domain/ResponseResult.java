package org.fairaudit.domain;

/** The auditor's result for one requirement. */
public enum ResponseResult {
    COMPLIANT,
    NON_COMPLIANT,
    OBSERVATION,
    NOT_APPLICABLE,
    NOT_ASSESSED;

    public boolean isApplicable() {
        return this != NOT_APPLICABLE;
    }

    public boolean isAssessed() {
        return this != NOT_ASSESSED && this != NOT_APPLICABLE;
    }

    /** Counts towards the score: compliant and observation (DESIGN.md §5). */
    public boolean isPositive() {
        return this == COMPLIANT || this == OBSERVATION;
    }
}
