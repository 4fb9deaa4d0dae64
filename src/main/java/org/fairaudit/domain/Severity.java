package org.fairaudit.domain;

import java.time.LocalDate;
import java.util.Optional;

/** How serious a finding is; fixes the default deadline of its corrective actions (DESIGN.md §2). */
public enum Severity {
    ZERO_TOLERANCE(7),
    MAJOR(30),
    MINOR(90),
    OBSERVATION(-1),
    GOOD_PRACTICE(-1);

    private final int daysToRemedy;

    Severity(int daysToRemedy) {
        this.daysToRemedy = daysToRemedy;
    }

    /** Default due date of a corrective action raised on {@code raisedOn}; empty where no action is due. */
    public Optional<LocalDate> defaultDueDate(LocalDate raisedOn) {
        return daysToRemedy < 0 ? Optional.empty() : Optional.of(raisedOn.plusDays(daysToRemedy));
    }

    /** Zero-tolerance breaches need containment at once, before the corrective action is due. */
    public boolean needsImmediateContainment() {
        return this == ZERO_TOLERANCE;
    }

    /** Whether this level is a breach that needs corrective action. */
    public boolean isNonCompliance() {
        return daysToRemedy >= 0;
    }
}
