package org.fairaudit.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.fairaudit.i18n.Messages;

/**
 * A text field's value that must be a whole number of zero or more, with the message to show next to the field.
 * Blank is allowed when {@code optional} (the number is then unknown).
 */
public final class WholeNumberInput {
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final boolean optional;

    public WholeNumberInput(boolean optional) {
        this.optional = optional;
        text.addListener((obs, old, now) -> validate());
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void setValue(Integer value) {
        text.set(value == null ? "" : value.toString());
    }

    public boolean isValid() {
        return error.get().isEmpty();
    }

    /** The number entered; {@code null} when blank or invalid. */
    public Integer value() {
        String trimmed = text.get() == null ? "" : text.get().trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(trimmed);
            return value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The number entered, or 0 when blank or invalid. */
    public int valueOrZero() {
        Integer value = value();
        return value == null ? 0 : value;
    }

    private void validate() {
        String trimmed = text.get() == null ? "" : text.get().trim();
        if (trimmed.isEmpty()) {
            error.set(optional ? "" : Messages.get("validation.required"));
            return;
        }
        try {
            error.set(Integer.parseInt(trimmed) < 0 ? Messages.get("validation.nonNegative") : "");
        } catch (NumberFormatException e) {
            error.set(Messages.get("validation.wholeNumber"));
        }
    }
}
