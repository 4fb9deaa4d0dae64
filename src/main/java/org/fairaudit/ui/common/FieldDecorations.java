package org.fairaudit.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Draws a ViewModel's field messages: a ControlsFX decoration on the control (icon, tooltip) and the message
 * written under it, so that it reads without hovering. The ViewModel decides; this class only draws.
 */
public final class FieldDecorations {
    private final ValidationSupport support = new ValidationSupport();

    /** Decorates {@code control} with {@code message} (empty = valid) and returns the control with its message label. */
    public Node decorate(Control control, ObservableStringValue message) {
        support.registerValidator(control, false,
                (Control c, Object value) -> ValidationResult.fromErrorIf(c, message.get(), !message.get().isEmpty()));
        // The validator runs when the control's value changes, possibly before the ViewModel has updated the message.
        message.addListener((obs, old, now) -> support.revalidate(control));

        Label label = new Label();
        label.getStyleClass().add(AppStyles.FIELD_MESSAGE);
        label.setWrapText(true);
        // Wrap at the control's width; a grid cell would otherwise cut a long message with "…".
        label.prefWidthProperty().bind(control.widthProperty());
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(message);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        VBox box = new VBox(2, control, label);
        box.setFillWidth(true);
        return box;
    }
}
