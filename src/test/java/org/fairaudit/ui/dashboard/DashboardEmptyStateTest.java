package org.fairaudit.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.DashboardSummary;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.fairaudit.ui.common.NodeSnapshot;
import org.fairaudit.ui.common.Theme;
import org.fairaudit.ui.fakes.RecordingErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A new installation without demo data: the dashboard says so and where to begin, instead of rows of zeros. */
@ExtendWith(ApplicationExtension.class)
class DashboardEmptyStateTest {
    private Scene scene;

    @Start
    void start(Stage stage) {
        DashboardView view = new DashboardView(new DashboardViewModel(
                today -> new DashboardSummary(Map.of(), 0, 0, 0, List.of()), new DirectUiExecutor(),
                new RecordingErrors(), Clock.systemDefaultZone()));
        view.refresh();
        scene = new Scene((Parent) view.root(), 1000, 640);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void anEmptyDatabaseShowsWhereToBegin(FxRobot robot) {
        assertThat(robot.lookup(Messages.get("dashboard.empty.title")).queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#dashboardContent").query().isVisible()).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> NodeSnapshot.save(scene, "dashboard-empty"));
    }
}
