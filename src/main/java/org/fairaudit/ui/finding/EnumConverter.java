package org.fairaudit.ui.finding;

import javafx.util.StringConverter;
import org.fairaudit.i18n.Messages;

/** Shows enum constants by their bundle label; {@code null} shows as {@code nullLabel} (e.g. "Any severity"). */
public final class EnumConverter<E extends Enum<E>> extends StringConverter<E> {
    private final String nullLabel;

    public EnumConverter() {
        this("");
    }

    public EnumConverter(String nullLabel) {
        this.nullLabel = nullLabel;
    }

    @Override
    public String toString(E value) {
        return value == null ? nullLabel : Messages.of(value);
    }

    @Override
    public E fromString(String text) {
        throw new UnsupportedOperationException("choice lists are not editable");
    }
}
