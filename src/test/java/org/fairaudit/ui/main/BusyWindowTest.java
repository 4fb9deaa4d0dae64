package org.fairaudit.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.fairaudit.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The busy window appears only when the work takes longer than a moment. */
@ExtendWith(ApplicationExtension.class)
class BusyWindowTest {
    private Image icon;

    @Start
    void start(Stage stage) {
        icon = new Image(BusyWindowTest.class.getResource("/images/fairaudit.png").toExternalForm());
    }

    @Test
    void aSlowOpeningShowsTheWindowUntilClosed(FxRobot robot) throws Exception {
        AtomicReference<BusyWindow> opening = new AtomicReference<>();
        robot.interact(() -> opening.set(
                BusyWindow.showAfter(Duration.millis(50), icon, Messages.get("main.opening"))));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> opening.get().isShowing());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup(LabeledMatchers.hasText(Messages.get("main.opening"))).tryQuery().isPresent());

        robot.interact(() -> opening.get().close());
        assertThat(opening.get().isShowing()).isFalse();
    }

    @Test
    void aQuickOpeningShowsNoWindow(FxRobot robot) throws Exception {
        AtomicReference<BusyWindow> opening = new AtomicReference<>();
        robot.interact(() -> opening.set(
                BusyWindow.showAfter(Duration.millis(200), icon, Messages.get("main.opening"))));
        robot.interact(() -> opening.get().close());

        // Longer than the delay: the cancelled window must never appear.
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opening.get().isShowing()).isFalse();
        assertThat(Window.getWindows()).noneMatch(Window::isShowing);
    }
}
