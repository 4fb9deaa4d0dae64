package org.fairaudit.ui.supplier;

import java.util.Optional;
import org.fairaudit.domain.Violation;

/** How the supplier forms turn typed text into record values. */
final class FormText {
    static final String WHOLE_NUMBER_KEY = "supplier.validation.wholeNumber";

    private FormText() {
    }

    /** Trimmed text, or {@code null} for blank: optional fields are stored as absent, not as "". */
    static String trimOrNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** The number typed, {@code null} when blank or not a whole number (see {@link #numberViolation}). */
    static Integer wholeNumberOrNull(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A violation for {@code field} when the text is neither blank nor a whole number. */
    static Optional<Violation> numberViolation(String field, String text) {
        boolean typedButNotNumber = text != null && !text.isBlank() && wholeNumberOrNull(text) == null;
        return typedButNotNumber ? Optional.of(new Violation(field, WHOLE_NUMBER_KEY)) : Optional.empty();
    }
}
