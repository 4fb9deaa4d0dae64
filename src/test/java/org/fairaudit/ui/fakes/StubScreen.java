package org.fairaudit.ui.fakes;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.fairaudit.ui.common.Screen;

/** Stands in for screens built elsewhere (Audits, Findings) in main-window tests. */
public final class StubScreen implements Screen {
    private final StackPane root;
    public int refreshes;

    public StubScreen(String id, String text) {
        root = new StackPane(new Label(text));
        root.setId(id);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        refreshes++;
    }
}
