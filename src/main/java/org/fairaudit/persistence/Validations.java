package org.fairaudit.persistence;

import java.util.List;
import org.fairaudit.domain.Violation;
import org.fairaudit.service.ValidationException;

final class Validations {
    private Validations() {
    }

    /** @throws ValidationException when there is any violation */
    static void requireNone(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
