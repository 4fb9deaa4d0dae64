package org.fairaudit.ui.common;

import javafx.util.StringConverter;
import org.fairaudit.i18n.Messages;

/** Shows enum constants in choice boxes by their bundle label ({@link Messages#of(Enum)}). */
public final class EnumLabels<E extends Enum<E>> extends StringConverter<E> {
    @Override
    public String toString(E value) {
        return value == null ? "" : Messages.of(value);
    }

    @Override
    public E fromString(String text) {
        throw new UnsupportedOperationException("Enum choices are picked, not typed");
    }
}
