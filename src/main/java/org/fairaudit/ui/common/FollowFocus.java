package org.fairaudit.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls a form so that the field that takes the focus (by Tab, or by a prefilled section further down)
 * is visible: JavaFX's ScrollPane does not follow keyboard focus by itself.
 */
public final class FollowFocus {
    private FollowFocus() {
    }

    public static void install(ScrollPane pane) {
        pane.sceneProperty().addListener((sceneProperty, oldScene, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((focus, was, now) -> reveal(pane, now));
            }
        });
    }

    static void reveal(ScrollPane pane, Node focused) {
        Node content = pane.getContent();
        if (focused == null || content == null || !isInside(focused, content)) {
            return;
        }
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewportHeight = pane.getViewportBounds().getHeight();
        double scrollable = contentHeight - viewportHeight;
        if (scrollable <= 0) {
            return;
        }
        Bounds field = content.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        double top = pane.getVvalue() * scrollable;
        if (field.getMinY() < top) {
            pane.setVvalue(field.getMinY() / scrollable);
        } else if (field.getMaxY() > top + viewportHeight) {
            pane.setVvalue(Math.min(1, (field.getMaxY() - viewportHeight) / scrollable));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent == ancestor) {
                return true;
            }
        }
        return false;
    }
}
