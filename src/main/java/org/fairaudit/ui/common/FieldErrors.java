package org.fairaudit.ui.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fairaudit.domain.Violation;
import org.fairaudit.i18n.Messages;

/**
 * The localised message to show next to each field of a form, from the domain's {@link Violation}s.
 * An empty message means the field is fine. Used by editor ViewModels; views draw it with {@link FieldDecorations}.
 *
 * <p>A form the ViewModel fills ({@link #fill}), such as a blank new record, holds its messages back until the user
 * edits one of its fields: it should not open in red. Its validity counts all the same, so Save stays disabled.
 */
public final class FieldErrors {
    private final Map<String, ReadOnlyStringWrapper> messages = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private Map<String, String> current = Map.of();
    private boolean held;
    private boolean filling;

    public FieldErrors(String... fields) {
        for (String field : fields) {
            messages.put(field, new ReadOnlyStringWrapper(""));
        }
    }

    /** Shows the first violation of each field and clears the others (once the form is edited, if held). */
    public void show(List<Violation> violations) {
        Map<String, String> first = new LinkedHashMap<>();
        for (Violation violation : violations) {
            first.putIfAbsent(violation.field(), Messages.get(violation.messageKey()));
        }
        current = first;
        valid.set(violations.isEmpty());
        publish();
    }

    /** Runs {@code check} whenever one of {@code fields} changes; a change outside {@link #fill} is the user's edit. */
    public void checkOnChange(Runnable check, Observable... fields) {
        for (Observable field : fields) {
            field.addListener(changed -> {
                if (!filling) {
                    held = false;
                }
                check.run();
            });
        }
    }

    /** Runs {@code fillFields}, which sets the form's fields, then holds the messages back until the user edits one. */
    public void fill(Runnable fillFields) {
        filling = true;
        try {
            fillFields.run();
        } finally {
            filling = false;
        }
        held = true;
        publish();
    }

    /** Shows the messages whether or not the form was edited: when a save was refused, say why. */
    public void reveal() {
        held = false;
        publish();
    }

    private void publish() {
        messages.forEach((field, message) -> message.set(held ? "" : current.getOrDefault(field, "")));
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
