package org.fairaudit.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.fairaudit.ui.fakes.InMemoryFeeService;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Severity;
import org.fairaudit.service.DashboardSummary;
import org.fairaudit.service.CodeImportPreview;
import org.fairaudit.service.CodeImportService;
import org.fairaudit.ui.codes.CodeImportViewModel;
import org.fairaudit.ui.codes.CodesView;
import org.fairaudit.ui.codes.CodesViewModel;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.fairaudit.ui.common.FxDebouncer;
import org.fairaudit.ui.common.FxUiExecutor;
import org.fairaudit.ui.common.NodeSnapshot;
import org.fairaudit.ui.common.Theme;
import org.fairaudit.ui.dashboard.DashboardView;
import org.fairaudit.ui.dashboard.DashboardViewModel;
import org.fairaudit.ui.exchange.PackageExports;
import org.fairaudit.ui.fakes.FakeExchange;
import org.fairaudit.ui.fakes.FakeProfiles;
import org.fairaudit.ui.fakes.InMemorySupplierService;
import org.fairaudit.ui.fakes.NoFiles;
import org.fairaudit.ui.fakes.RecordingErrors;
import org.fairaudit.ui.fakes.SampleCodes;
import org.fairaudit.ui.fakes.SheetImports;
import org.fairaudit.ui.fakes.StubScreen;
import org.fairaudit.ui.supplier.SuppliersView;
import org.fairaudit.ui.supplier.SuppliersViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final FxUiExecutor backgroundTasks = new FxUiExecutor();
    private StubScreen audits; // built in start(): a Label needs the JavaFX toolkit, which TestFX starts first
    private Scene scene;

    @Start
    void start(Stage stage) {
        audits = new StubScreen("auditsScreen", "Audits screen");
        DirectUiExecutor executor = new DirectUiExecutor();
        RecordingErrors errors = new RecordingErrors();
        InMemorySupplierService suppliers = new InMemorySupplierService();
        suppliers.add("Golden Thread Garments", "MY");
        suppliers.add("Harbour Seafood Processing", "TH");
        suppliers.add("Lotus Electronics", "TH");
        DashboardSummary summary = new DashboardSummary(
                Map.of(Severity.ZERO_TOLERANCE, 2, Severity.MAJOR, 7, Severity.MINOR, 11), 4, 2, 3,
                List.of("Harbour Seafood Processing", "Golden Thread Garments"));
        List<NavigationEntry> entries = List.of(
                new NavigationEntry("main.nav.dashboard", MaterialDesignV.VIEW_DASHBOARD_OUTLINE, () -> new DashboardView(
                        new DashboardViewModel(today -> summary, executor, errors, Clock.systemDefaultZone()))),
                new NavigationEntry("main.nav.suppliers", MaterialDesignF.FACTORY, () -> new SuppliersView(
                        new SuppliersViewModel(suppliers, new InMemoryFeeService(), executor, errors,
                                new FxDebouncer(Duration.millis(50)), Clock.systemDefaultZone()), null,
                        new PackageExports(new FakeExchange(), new FakeProfiles(), executor, new NoFiles()))),
                new NavigationEntry("main.nav.audits", MaterialDesignC.CLIPBOARD_CHECK_OUTLINE, () -> audits),
                new NavigationEntry("main.nav.findings", MaterialDesignF.FLAG_OUTLINE,
                        () -> new StubScreen("findingsScreen", "Findings screen")),
                new NavigationEntry("main.nav.codes", MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE,
                        () -> codesView(executor, errors)));
        MainView main = new MainView(new MainViewModel(entries,
                new Profile(UUID.randomUUID(), "Aye Thandar", Role.AUDITOR),
                "/home/aye/.fairaudit/fairaudit.mv.db", backgroundTasks.runningTasks()));
        scene = new Scene(main.root(), 1280, 800);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        backgroundTasks.close();
    }

    @Test
    void navigationAndShortcutsSwitchScreens(FxRobot robot) {
        snapshot(robot, "main-dashboard");
        assertThat(robot.lookup("Open zero-tolerance findings").tryQuery()).isPresent();

        robot.clickOn("Suppliers");
        TableView<?> table = robot.lookup("#supplierTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        snapshot(robot, "main-suppliers");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        assertThat(robot.lookup("#requirementTree").tryQuery()).isPresent();
        robot.clickOn("FR-1  No worker pays recruitment fees or related costs for getting or keeping the job.");
        snapshot(robot, "main-codes");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertThat(robot.lookup("#auditsScreen").tryQuery()).isPresent();
        assertThat(audits.refreshes).isEqualTo(1);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertThat(robot.lookup("Open zero-tolerance findings").tryQuery()).isPresent();
    }

    @Test
    void runningWorkShowsInTheStatusBarWithCancel(FxRobot robot) throws Exception {
        CountDownLatch cancelled = new CountDownLatch(1);
        robot.interact(() -> backgroundTasks.submitWithProgress("Exporting audit report", progress -> {
            progress.progress(2, 5, "Writing Findings & CAP");
            try {
                while (!progress.isCancelled()) {
                    Thread.sleep(5);
                }
            } finally {
                cancelled.countDown(); // cancel also interrupts the sleep
            }
            return null;
        }, done -> { }, error -> { }));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Writing Findings & CAP").tryQuery().isPresent());
        snapshot(robot, "main-status-task");

        robot.clickOn(".fa-task .button");

        assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".fa-task").tryQuery().isEmpty());
    }

    private void snapshot(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> NodeSnapshot.save(scene, name));
    }

    private static CodesView codesView(DirectUiExecutor executor, RecordingErrors errors) {
        SampleCodes codes = new SampleCodes();
        CodesViewModel viewModel = new CodesViewModel(codes, executor, errors);
        FakeProfiles profiles = new FakeProfiles();
        CodeImportService imports = SheetImports.codes(codes, profiles,
                new CodeImportPreview("code.xlsx", Optional.empty(), List.of()), new SheetImports.Templates());
        return new CodesView(viewModel, new CodeImportViewModel(imports, profiles, executor, viewModel::load));
    }
}
