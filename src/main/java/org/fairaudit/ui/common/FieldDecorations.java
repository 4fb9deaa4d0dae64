package org.fairaudit.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Draws a ViewModel's field messages: a ControlsFX decoration on the control (icon, tooltip) and the message
 * written under it ({@link FieldMessage#under}). The ViewModel decides; this class only draws.
 */
public final class FieldDecorations {
    private final ValidationSupport support = new ValidationSupport();

    /** Decorates {@code control} with {@code message} (empty = valid) and returns the control with its message label. */
    public Node decorate(Control control, ObservableStringValue message) {
        support.registerValidator(control, false,
                (Control c, Object value) -> ValidationResult.fromErrorIf(c, message.get(), !message.get().isEmpty()));
        // The validator runs when the control's value changes, possibly before the ViewModel has updated the message.
        message.addListener((obs, old, now) -> support.revalidate(control));
        return FieldMessage.under(control, message);
    }
}
