package org.fairaudit.domain;

/**
 * Recruitment fees and related costs as the ILO General principles and operational guidelines for fair
 * recruitment (2019) define them; under Employer Pays none of them may be borne by workers.
 */
public enum FeeCategory {
    SERVICE_FEES,
    MEDICAL,
    INSURANCE,
    SKILLS_TESTS,
    TRAINING,
    EQUIPMENT,
    TRAVEL_AND_LODGING,
    ADMINISTRATIVE,
    /** Bribes, kickbacks, extortion, deposits: costs that are never legitimate. */
    ILLEGITIMATE
}
