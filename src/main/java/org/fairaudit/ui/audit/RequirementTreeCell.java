package org.fairaudit.ui.audit;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.TreeCell;
import org.fairaudit.domain.ResponseResult;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A row of the requirement tree: a code or section heading, or a requirement with its result's colour and icon.
 * The cell follows the result of the item it shows and stops following it when reused.
 */
final class RequirementTreeCell extends TreeCell<Object> {
    private final ChangeListener<ResponseResult> resultChanged = (obs, old, now) -> showResult(now);
    private ChecklistItem shown;

    @Override
    protected void updateItem(Object value, boolean empty) {
        super.updateItem(value, empty);
        if (shown != null) {
            shown.resultProperty().removeListener(resultChanged);
            shown = null;
        }
        getStyleClass().removeIf(style -> style.startsWith("result-") || style.equals(ChecklistStyles.GROUP_ROW));
        setGraphic(null);
        if (empty || value == null) {
            setText(null);
        } else if (value instanceof ChecklistItem item) {
            shown = item;
            item.resultProperty().addListener(resultChanged);
            setText(item.requirement().ref() + "  " + item.requirement().text());
            showResult(item.result());
        } else {
            setText(value.toString());
            getStyleClass().add(ChecklistStyles.GROUP_ROW);
        }
    }

    private void showResult(ResponseResult result) {
        getStyleClass().removeIf(style -> style.startsWith("result-"));
        getStyleClass().add(ChecklistStyles.of(result));
        setGraphic(new FontIcon(ChecklistStyles.iconOf(result)));
    }
}
