package org.fairaudit.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TabMovesFocusTest {
    private TextField before;
    private TextArea notes;
    private TextField after;

    @Start
    void start(Stage stage) {
        before = new TextField();
        notes = TabMovesFocus.install(new TextArea());
        after = new TextField();
        stage.setScene(new Scene(new VBox(8, before, notes, after), 300, 200));
        stage.show();
    }

    @Test
    void tabLeavesTheTextAreaWithoutTypingATab(FxRobot robot) {
        robot.clickOn(notes).write("Passports held");
        robot.type(KeyCode.TAB);

        assertThat(after.isFocused()).isTrue();
        assertThat(notes.getText()).isEqualTo("Passports held");

        robot.clickOn(notes).press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(before.isFocused()).isTrue();
        assertThat(notes.getText()).isEqualTo("Passports held");
    }
}
