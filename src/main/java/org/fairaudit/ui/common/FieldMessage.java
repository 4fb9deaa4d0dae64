package org.fairaudit.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A message in the danger colour (a field's problem, a failed save) that takes no room while it is empty. */
public final class FieldMessage {
    private FieldMessage() {
    }

    public static Label of(ObservableStringValue message) {
        Label label = new Label();
        label.getStyleClass().add(AppStyles.FIELD_MESSAGE);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(message);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** {@code field} with its message written under it, so that it reads without hovering. */
    public static VBox under(Region field, ObservableStringValue message) {
        Label label = of(message);
        // Wrap at the field's width; a grid cell would otherwise cut a long message with "…".
        label.prefWidthProperty().bind(field.widthProperty());
        VBox box = new VBox(2, field, label);
        box.setFillWidth(true);
        return box;
    }
}
