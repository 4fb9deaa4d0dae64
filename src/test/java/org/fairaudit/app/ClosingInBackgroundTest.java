package org.fairaudit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fairaudit.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the main window: it goes at once, the backup runs off the JavaFX thread, a window says so meanwhile. */
@ExtendWith(ApplicationExtension.class)
class ClosingInBackgroundTest {
    private Stage main;
    private Image icon;
    private boolean implicitExit;

    @Start
    void start(Stage stage) {
        implicitExit = Platform.isImplicitExit();
        main = stage;
        icon = new Image(ClosingInBackgroundTest.class.getResource("/images/fairaudit.png").toExternalForm());
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    /** As TestFX set it: turning implicit exit on with no window showing would end the toolkit. */
    @AfterEach
    void implicitExitAsBefore() {
        Platform.setImplicitExit(implicitExit);
    }

    @Test
    void aSlowBackupRunsOffTheJavaFxThreadBehindAWindowThatSaysSo(FxRobot robot) throws Exception {
        CountDownLatch backupMayEnd = new CountDownLatch(1);
        AtomicReference<Thread> closedOn = new AtomicReference<>();
        CountDownLatch ended = new CountDownLatch(1);

        robot.interact(() -> ClosingInBackground.start(main, icon, () -> {
            closedOn.set(Thread.currentThread());
            await(backupMayEnd);
        }, ended::countDown));

        assertThat(main.isShowing()).as("the main window goes at once").isFalse();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup(LabeledMatchers.hasText(Messages.get("main.closing"))).tryQuery().isPresent());
        assertThat(closedOn.get().getName()).isEqualTo("fairaudit-close");
        assertThat(closedOn.get().isDaemon()).as("the JVM waits for the backup").isFalse();
        assertThat(ended.getCount()).isEqualTo(1);

        backupMayEnd.countDown();

        assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(LabeledMatchers.hasText(Messages.get("main.closing"))).tryQuery()).isEmpty();
    }

    @Test
    void aFailingCloseStillEndsTheApplication(FxRobot robot) throws Exception {
        CountDownLatch ended = new CountDownLatch(1);

        robot.interact(() -> ClosingInBackground.start(main, icon, () -> {
            throw new IllegalStateException("disk full");
        }, ended::countDown));

        assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
