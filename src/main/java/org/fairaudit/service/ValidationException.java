package org.fairaudit.service;

import java.util.List;
import org.fairaudit.domain.Violation;

/** A record was refused because values break rules; each violation names the field. */
public class ValidationException extends RuntimeException {
    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super("Invalid values: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
