package org.fairaudit.ui.common;

import javafx.scene.Node;

/** A screen reachable from the navigation. */
public interface Screen {
    Node root();

    /** Called each time the screen is shown: reload what may have changed elsewhere. */
    void refresh();
}
