package org.fairaudit.ui.common;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.control.Label;

/**
 * A label for list and tree cells that wraps long text to the width of its list instead of cutting it. A list cell
 * still gives it only as many lines as fit its usual height unless the label's minimum height is its preferred one.
 */
public final class WrappingLabel {
    private WrappingLabel() {
    }

    /**
     * @param width    the width of the list or tree
     * @param reserved what the cell cannot use of it: scroll bar, padding, indent
     */
    public static Label of(ReadOnlyDoubleProperty width, double reserved) {
        Label label = new Label();
        label.setWrapText(true);
        label.maxWidthProperty().bind(width.subtract(reserved));
        return label;
    }
}
