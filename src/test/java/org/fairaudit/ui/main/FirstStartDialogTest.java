package org.fairaudit.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.FxUiExecutor;
import org.fairaudit.ui.common.NodeSnapshot;
import org.fairaudit.ui.common.Theme;
import org.fairaudit.ui.fakes.FakeProfiles;
import org.fairaudit.ui.fakes.RecordingErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** First start with the real background executor: name the profile, keep demo data, start. */
@ExtendWith(ApplicationExtension.class)
class FirstStartDialogTest {
    private final FakeProfiles profiles = new FakeProfiles();
    private final FxUiExecutor executor = new FxUiExecutor();
    private final RecordingErrors errors = new RecordingErrors();
    private final List<Profile> ready = new ArrayList<>();
    private final List<String> quit = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Scene main = new Scene(new StackPane(), 900, 600);
        Theme.LIGHT.apply(main);
        stage.setScene(main);
        stage.show();
        FirstStartDialog.ensureProfile(new FirstStartViewModel(profiles, profiles, profiles, executor, errors),
                executor.runningTasks(), Theme.LIGHT, stage, ready::add, () -> quit.add("quit"));
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @Test
    void createsTheProfileAndLoadsDemoData(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#profileName").tryQuery().isPresent());
        TextField name = robot.lookup("#profileName").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo(System.getProperty("user.name"));
        Button start = robot.lookup(Messages.get("main.firstStart.start")).queryButton();

        robot.doubleClickOn(name).eraseText(name.getText().length());
        assertThat(start.isDisabled()).isTrue();
        robot.write("Aye Thandar");
        robot.clickOn(Messages.of(Role.AUDITOR)).clickOn(Messages.of(Role.MONITOR));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> NodeSnapshot.save(name.getScene(), "first-start"));

        robot.clickOn(start);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !ready.isEmpty());
        assertThat(ready.get(0).name()).isEqualTo("Aye Thandar");
        assertThat(ready.get(0).role()).isEqualTo(Role.MONITOR);
        assertThat(profiles.demoDataRuns).isEqualTo(1);
        assertThat(name.getScene().getWindow().isShowing()).isFalse();
        assertThat(quit).isEmpty();
        assertThat(errors.reported).isEmpty();
    }
}
