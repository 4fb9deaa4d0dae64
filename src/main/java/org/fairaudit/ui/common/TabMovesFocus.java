package org.fairaudit.ui.common;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * In a form, Tab leaves a text area instead of typing a tab character into a finding or a note.
 * The key is replayed as Ctrl+Tab, which TextArea already treats as "move focus" (Shift reverses).
 */
public final class TabMovesFocus {
    private TabMovesFocus() {
    }

    public static TextArea install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown()
                    && !event.isMetaDown()) {
                event.consume();
                area.fireEvent(new KeyEvent(event.getSource(), event.getTarget(), event.getEventType(),
                        event.getCharacter(), event.getText(), event.getCode(), event.isShiftDown(), true,
                        false, false));
            }
        });
        return area;
    }
}
