package org.fairaudit.ui.common;

import javafx.util.StringConverter;
import org.fairaudit.i18n.Messages;

/** Shows enum constants in choice boxes by their bundle label ({@link Messages#of(Enum)}). */
public final class EnumLabels<E extends Enum<E>> extends StringConverter<E> {
    private final String nullLabel;

    public EnumLabels() {
        this("");
    }

    /** @param nullLabel shown for the {@code null} choice of a filter, e.g. "Any severity" */
    public EnumLabels(String nullLabel) {
        this.nullLabel = nullLabel;
    }

    @Override
    public String toString(E value) {
        return value == null ? nullLabel : Messages.of(value);
    }

    @Override
    public E fromString(String text) {
        throw new UnsupportedOperationException("Enum choices are picked, not typed");
    }
}
