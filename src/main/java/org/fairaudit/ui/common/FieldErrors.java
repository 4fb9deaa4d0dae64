package org.fairaudit.ui.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fairaudit.domain.Violation;
import org.fairaudit.i18n.Messages;

/**
 * The localised message to show next to each field of a form, from the domain's {@link Violation}s.
 * An empty message means the field is fine. Used by editor ViewModels; views draw it with {@link FieldDecorations}.
 */
public final class FieldErrors {
    private final Map<String, ReadOnlyStringWrapper> messages = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);

    public FieldErrors(String... fields) {
        for (String field : fields) {
            messages.put(field, new ReadOnlyStringWrapper(""));
        }
    }

    /** Shows the first violation of each field and clears the others. */
    public void show(List<Violation> violations) {
        Map<String, String> first = new LinkedHashMap<>();
        for (Violation violation : violations) {
            first.putIfAbsent(violation.field(), Messages.get(violation.messageKey()));
        }
        messages.forEach((field, message) -> message.set(first.getOrDefault(field, "")));
        valid.set(violations.isEmpty());
    }

    public ReadOnlyStringProperty messageProperty(String field) {
        ReadOnlyStringWrapper message = messages.get(field);
        if (message == null) {
            throw new IllegalArgumentException("Not a field of this form: " + field);
        }
        return message.getReadOnlyProperty();
    }

    public String message(String field) {
        return messageProperty(field).get();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }
}
