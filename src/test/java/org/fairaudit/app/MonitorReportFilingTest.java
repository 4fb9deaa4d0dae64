package org.fairaudit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.fairaudit.domain.MonitorReport;
import org.fairaudit.domain.MonitorReportStatus;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Supplier;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.FxUiExecutor;
import org.fairaudit.ui.common.Theme;
import org.fairaudit.ui.fakes.NoFiles;
import org.fairaudit.ui.fakes.RecordingErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A union monitor files a report on the real stack: the short form, confidential unless the monitor says not. */
@ExtendWith(ApplicationExtension.class)
class MonitorReportFilingTest {
    private static final String ALLEGATION = "Night-shift wages for May paid 20 days late, in cash only.";
    private static final int WAIT_SECONDS = 20;

    @TempDir
    Path folder;

    private final RecordingErrors errors = new RecordingErrors();
    private AppContext context;
    private FxUiExecutor executor;
    private Profile monitor;

    @Start
    void start(Stage stage) {
        context = AppContext.open(folder.resolve("fairaudit"));
        monitor = context.services().profiles().createAndUse("Lwin Lwin Oo", Role.MONITOR);
        context.services().suppliers().save(Supplier.draft("Golden Thread Garments", "MY"));
        executor = new FxUiExecutor();
        MainWindowFactory window = new MainWindowFactory(context, executor, errors, new NoFiles(),
                Clock.systemDefaultZone());
        Scene scene = new Scene(window.create(monitor).root(), 1280, 800);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
        context.close();
    }

    @Test
    void aMonitorFilesAConfidentialReportAndSeesNoAudits(FxRobot robot) {
        assertThat(robot.lookup(Messages.get("main.nav.audits")).tryQuery()).isEmpty();
        robot.clickOn(Messages.get("main.nav.monitorReports"));
        robot.clickOn("#newReport");
        assertThat(robot.lookup("#reportConfidential").queryAs(CheckBox.class).isSelected()).isTrue();

        robot.clickOn("#reportSupplier");
        String supplierRow = Messages.get("audit.new.supplierRow", "Golden Thread Garments", "MY");
        waitUntil(() -> robot.lookup(supplierRow).tryQuery().isPresent());
        robot.clickOn(supplierRow);
        type(robot, "#reportOrganisation", "Migrant Worker Rights Network");
        type(robot, "#reportAllegation", ALLEGATION);
        type(robot, "#reportWorkers", "60");
        type(robot, "#reportReporter", "Team leader, night shift");
        type(robot, "#reportPseudonyms", "MW-21, MW-22");
        robot.clickOn("#saveReport");

        TableView<?> reports = robot.lookup("#reportsTable").queryAs(TableView.class);
        waitUntil(() -> reports.getItems().size() == 1);
        MonitorReport filed = context.services().monitorReports().list().get(0).report();
        assertThat(filed.allegation()).isEqualTo(ALLEGATION);
        assertThat(filed.confidential()).isTrue();
        assertThat(filed.filedBy()).isEqualTo(monitor.id());
        assertThat(filed.status()).isEqualTo(MonitorReportStatus.RECEIVED);
        assertThat(filed.workersAffected()).isEqualTo(60);
        assertThat(filed.workerPseudonyms()).isEqualTo("MW-21, MW-22");
        assertThat(errors.reported).isEmpty();
    }

    @Test
    void aReportWithoutAllegationIsNotFiledAndSaysWhy(FxRobot robot) {
        robot.clickOn(Messages.get("main.nav.monitorReports"));
        robot.clickOn("#newReport");
        type(robot, "#reportOrganisation", "Migrant Worker Rights Network");
        robot.clickOn("#saveReport");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(Messages.get("validation.required")).tryQuery()).isPresent();
        assertThat(context.services().monitorReports().list()).isEmpty();
    }

    /** Types into a field as the keyboard would after Tab: fields below the fold cannot be clicked headless. */
    private static void type(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        robot.write(text);
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Not reached within " + WAIT_SECONDS + " s", e);
        }
    }

    /** No native file dialog in this test: nothing is attached. */
}
