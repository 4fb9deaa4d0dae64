package org.fairaudit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Supplier;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.PackageCheck;
import org.fairaudit.ui.audit.FilePicker;
import org.fairaudit.ui.common.FxUiExecutor;
import org.fairaudit.ui.common.NodeSnapshot;
import org.fairaudit.ui.common.Theme;
import org.fairaudit.ui.fakes.RecordingErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two installations on the real stack (two H2 databases, signing keys, background executor): a field auditor
 * exports a supplier as a package through the suppliers screen; a reviewer imports it through the Exchange
 * screen, trusts the new signer after seeing its fingerprint, and reads the summary. Only the file dialogs are
 * replaced.
 */
@ExtendWith(ApplicationExtension.class)
class PackageExchangeEndToEndTest {
    private static final String SUPPLIER = "Sunrise Garments";
    private static final int WAIT_SECONDS = 20;

    @TempDir
    Path folder;

    private final RecordingErrors errors = new RecordingErrors();
    private AppContext fieldLaptop;
    private AppContext reviewOffice;
    private FxUiExecutor executor;
    private Path pkg;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fieldLaptop = AppContext.open(folder.resolve("field/fairaudit"));
        reviewOffice = AppContext.open(folder.resolve("office/fairaudit"));
        Profile auditor = fieldLaptop.services().profiles().createAndUse("Aye Thandar", Role.AUDITOR);
        reviewOffice.services().profiles().createAndUse("Brand reviewer", Role.REVIEWER);
        fieldLaptop.services().suppliers().save(Supplier.draft(SUPPLIER, "MY"));
        executor = new FxUiExecutor();
        pkg = folder.resolve("sunrise.fapkg");
        show(fieldLaptop, auditor);
    }

    @AfterEach
    void stop() {
        executor.close();
        fieldLaptop.close();
        reviewOffice.close();
    }

    @Test
    void exportOnTheFieldLaptopImportAtTheOfficeTrustingTheNewSigner(FxRobot robot) {
        exportTheSupplier(robot);
        robot.interact(() -> show(reviewOffice, reviewOffice.services().profiles().current().orElseThrow()));
        PackageCheck signer = reviewOffice.services().exchange().check(pkg);
        assertThat(signer.trusted()).isFalse();

        robot.clickOn(Messages.get("main.nav.exchange"));
        robot.clickOn("#importPackage");
        waitUntil(() -> robot.lookup("#trustFingerprint").tryQuery().isPresent());
        assertThat(text(robot, "#trustFingerprint")).isEqualTo(signer.fingerprint());
        assertThat(robot.lookup(signer.installationId().toString()).tryQuery()).isPresent();
        snapshot(robot, robot.lookup("#trustFingerprint").query().getScene(), "exchange-2-trust");
        robot.clickOn(Messages.get("exchange.trust.accept"));

        waitUntil(() -> !text(robot, "#importSummary").isEmpty() || !text(robot, "#importRefusal").isEmpty());
        assertThat(text(robot, "#importSummary")).matches("Inserted [1-9]\\d*, updated 0, unchanged 0, conflicts 0,"
                + " refused 0");
        assertThat(text(robot, "#importRefusal")).isEmpty();
        ListView<?> peers = robot.lookup("#peerList").queryAs(ListView.class);
        waitUntil(() -> peers.getItems().size() == 1);
        snapshot(robot, stage.getScene(), "exchange-3-imported");

        assertThat(reviewOffice.services().suppliers().search(SUPPLIER)).singleElement()
                .extracting(Supplier::name).isEqualTo(SUPPLIER);
        assertThat(reviewOffice.services().exchange().check(pkg).trusted()).isTrue();
        assertThat(errors.reported).isEmpty();
    }

    private void exportTheSupplier(FxRobot robot) {
        robot.clickOn(Messages.get("main.nav.suppliers"));
        waitUntil(() -> robot.lookup(SUPPLIER).tryQuery().isPresent());
        robot.clickOn(SUPPLIER);
        robot.clickOn("#exportSupplierPackage");
        CheckBox confidential = robot.lookup("#packageIncludeConfidential").queryAs(CheckBox.class);
        assertThat(confidential.isSelected()).isFalse();
        snapshot(robot, confidential.getScene(), "exchange-1-export-dialog");
        robot.clickOn(Messages.get("exchange.export.chooseFile"));
        waitUntil(() -> text(robot, "#supplierPackageMessage").contains(pkg.getFileName().toString()));
        assertThat(text(robot, "#supplierPackageMessage"))
                .matches("Package written to .*sunrise\\.fapkg \\([1-9]\\d* records, 0 attachment files\\)");
    }

    private void show(AppContext context, Profile profile) {
        MainWindowFactory window = new MainWindowFactory(context, executor, errors, new PackageFile(pkg),
                Clock.systemDefaultZone());
        Scene scene = new Scene(window.create(profile).root(), 1280, 800);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Not reached within " + WAIT_SECONDS + " s", e);
        }
    }

    private static void snapshot(FxRobot robot, Scene scene, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> NodeSnapshot.save(scene, name));
    }

    /** The native dialogs, answered: packages are written to and read from {@code file}. */
    private record PackageFile(Path file) implements FilePicker {
        @Override
        public Optional<Path> chooseAttachment(Window owner) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseReportTarget(Window owner, String defaultFileName) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> choosePackageTarget(Window owner, String defaultFileName) {
            return Optional.of(file);
        }

        @Override
        public Optional<Path> choosePackage(Window owner) {
            return Optional.of(file);
        }
    }
}
