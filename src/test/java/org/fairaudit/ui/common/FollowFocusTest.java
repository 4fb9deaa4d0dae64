package org.fairaudit.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FollowFocusTest {
    private final List<TextField> fields = new ArrayList<>();
    private ScrollPane pane;

    @Start
    void start(Stage stage) {
        VBox form = new VBox(12);
        for (int i = 0; i < 30; i++) {
            TextField field = new TextField("field " + i);
            fields.add(field);
            form.getChildren().add(field);
        }
        pane = new ScrollPane(form);
        pane.setFitToWidth(true);
        FollowFocus.install(pane);
        stage.setScene(new Scene(pane, 300, 200));
        stage.show();
    }

    @Test
    void focusingAFieldBelowTheFoldScrollsItIntoView(FxRobot robot) {
        TextField last = fields.get(fields.size() - 1);
        robot.interact(last::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane.getVvalue()).isGreaterThan(0.9);
        assertThat(visible(last)).isTrue();

        TextField first = fields.get(0);
        robot.interact(first::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane.getVvalue()).isZero();
        assertThat(visible(first)).isTrue();
    }

    private boolean visible(TextField field) {
        Bounds inViewport = pane.localToScene(pane.getLayoutBounds());
        Bounds inScene = field.localToScene(field.getLayoutBounds());
        return inScene.getMinY() >= inViewport.getMinY() && inScene.getMaxY() <= inViewport.getMaxY();
    }
}
