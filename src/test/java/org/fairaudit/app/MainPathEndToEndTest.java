package org.fairaudit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Response;
import org.fairaudit.domain.ResponseResult;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Severity;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.AuditSummary;
import org.fairaudit.service.Services;
import org.fairaudit.ui.audit.FilePicker;
import org.fairaudit.ui.common.Countries;
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
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main path on the real stack (H2 file database, services, Excel writer, background executor), driven by
 * clicks and keys: supplier, audit, checklist with a breach, finding with its action, Findings &amp; Actions,
 * export. Only the native file dialog is replaced.
 */
@ExtendWith(ApplicationExtension.class)
class MainPathEndToEndTest {
    private static final String SUPPLIER = "Golden Thread Garments";
    private static final String DESCRIPTION = "Passports of 37 migrant workers kept in the HR office safe.";
    private static final String ACTION = "Return passports; provide personal lockers";
    private static final String OWNER = "HR manager";
    private static final int WAIT_SECONDS = 20;

    @TempDir
    Path folder;

    private final RecordingErrors errors = new RecordingErrors();
    private AppContext context;
    private FxUiExecutor executor;
    private Path report;
    private Scene scene;

    @Start
    void start(Stage stage) {
        context = AppContext.open(folder.resolve("fairaudit"));
        Profile auditor = context.services().profiles().createAndUse("Aye Thandar", Role.AUDITOR);
        executor = new FxUiExecutor();
        report = folder.resolve("golden-thread-audit.xlsx");
        MainWindowFactory window = new MainWindowFactory(context, executor, errors, new ReportGoesTo(report),
                Clock.systemDefaultZone());
        scene = new Scene(window.create(auditor).root(), 1280, 800); // the headless screen's size
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
    void supplierAuditBreachFindingAndExcelReport(FxRobot robot) throws Exception {
        createSupplier(robot);
        startAudit(robot);
        String breached = keyInResultsThenABreach(robot);
        recordTheFinding(robot);
        seeTheFindingUnderFindingsAndActions(robot);
        exportTheReport(robot);

        assertThat(errors.reported).isEmpty();
        checkTheWorkbook(breached);
        checkTheDatabase(breached);
    }

    private void createSupplier(FxRobot robot) {
        robot.clickOn(Messages.get("main.nav.suppliers"));
        robot.clickOn("#newSupplier");
        robot.clickOn("#supplierName").write(SUPPLIER);
        robot.clickOn("#supplierCountry").write("Malay");
        // ControlsFX computes suggestions in the background, then opens its popup; the keyboard picks one.
        waitUntil(() -> robot.lookup(Countries.label("MY")).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.type(KeyCode.DOWN, KeyCode.ENTER);
        waitUntil(() -> Countries.label("MY").equals(robot.lookup("#supplierCountry").queryTextInputControl().getText()));
        robot.clickOn("#saveSupplier");
        waitUntil(() -> Messages.get("supplier.saved").equals(text(robot, "#supplierNotice")));
        snapshot(robot, scene, "e2e-1-supplier-saved");
    }

    private void startAudit(FxRobot robot) {
        robot.clickOn(Messages.get("main.nav.audits"));
        robot.clickOn("#newAudit");
        String supplierRow = Messages.get("audit.new.supplierRow", SUPPLIER, "MY");
        waitUntil(() -> robot.lookup(supplierRow).tryQuery().isPresent()
                && robot.lookup("ILO forced-labour indicators (1.0)").tryQuery().isPresent());
        robot.clickOn(supplierRow);
        robot.clickOn("Fair recruitment and the Employer Pays Principle (1.0)");
        robot.clickOn("ILO forced-labour indicators (1.0)");
        snapshot(robot, robot.lookup("#createAudit").query().getScene(), "e2e-2-new-audit");
        robot.clickOn("#createAudit");
        waitUntil(() -> text(robot, "#progressText").matches("0 / [1-9]\\d* assessed"));
    }

    /** C, C on the first two requirements, N on the third; returns the third's ref. */
    private String keyInResultsThenABreach(FxRobot robot) {
        robot.type(KeyCode.C, KeyCode.C);
        waitUntil(() -> text(robot, "#progressText").startsWith("2 / "));
        String breached = text(robot, "#requirementText").split(" — ")[0];
        snapshot(robot, scene, "e2e-3-checklist-before-breach");
        robot.type(KeyCode.N);
        return breached;
    }

    /** The prefilled finding: description, then the corrective action below the fold of the dialog. */
    private void recordTheFinding(FxRobot robot) {
        robot.clickOn("#findingDescription").write(DESCRIPTION);
        Scene dialog = robot.lookup("#findingDescription").query().getScene();
        snapshot(robot, dialog, "e2e-4-finding-dialog");
        // The action form sits below the fold and the headless robot cannot scroll: focus it as Tab order would.
        robot.interact(() -> robot.lookup("#actionText").query().requestFocus());
        robot.write(ACTION);
        robot.interact(() -> robot.lookup("#actionOwner").query().requestFocus());
        robot.write(OWNER);
        snapshot(robot, dialog, "e2e-5-finding-action");
        robot.clickOn("#saveFinding");
        waitUntil(() -> robot.lookup("#findingDescription").tryQuery().isEmpty());
        waitUntil(() -> text(robot, "#progressText").startsWith("3 / ")
                && Messages.get("audit.save.saved").equals(text(robot, "#saveState")));
        snapshot(robot, scene, "e2e-6-checklist-after-breach");
    }

    private void seeTheFindingUnderFindingsAndActions(FxRobot robot) {
        robot.clickOn(Messages.get("main.nav.findings"));
        TableView<?> findings = robot.lookup("#findingsTable").queryAs(TableView.class);
        waitUntil(() -> findings.getItems().size() == 1);
        robot.clickOn("#findingsTable .table-row-cell");
        waitUntil(() -> robot.lookup(ACTION).tryQuery().isPresent());
        assertThat(robot.lookup(SUPPLIER).tryQuery()).isPresent();
        assertThat(robot.lookup(OWNER).tryQuery()).isPresent();
        snapshot(robot, scene, "e2e-7-findings-and-actions");
    }

    private void exportTheReport(FxRobot robot) {
        robot.clickOn(Messages.get("main.nav.audits"));
        robot.clickOn("#exportReport");
        snapshot(robot, robot.lookup("#includeConfidential").query().getScene(), "e2e-8-export-dialog");
        robot.clickOn(Messages.get("audit.export.chooseFile"));
        waitUntil(() -> Messages.get("audit.export.done", report).equals(text(robot, "#exportMessage")));
        snapshot(robot, scene, "e2e-9-exported");
    }

    private void checkTheWorkbook(String breached) throws IOException, InvalidFormatException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(OPCPackage.open(report.toFile(), PackageAccess.READ))) {
            List<List<String>> findings = rows(workbook.getSheet(Messages.get("excel.sheet.findings")));
            assertThat(findings).anySatisfy(row -> assertThat(row).contains(DESCRIPTION, ACTION, OWNER));
            List<List<String>> checklist = rows(workbook.getSheet(Messages.get("excel.sheet.checklist")));
            assertThat(checklist).anySatisfy(row -> assertThat(row)
                    .contains(breached, Messages.of(ResponseResult.NON_COMPLIANT)));
        }
    }

    private void checkTheDatabase(String breached) {
        Services services = context.services();
        List<AuditSummary> audits = services.audits().list();
        assertThat(audits).singleElement().extracting(AuditSummary::supplierName).isEqualTo(SUPPLIER);
        UUID auditId = audits.get(0).audit().id();
        RequirementKey key = services.audits().responses(auditId).stream().map(Response::requirement)
                .filter(requirement -> requirement.ref().equals(breached)).findFirst().orElseThrow();
        Severity expected = services.codes().codes().stream().filter(code -> code.id().equals(key.codeId()))
                .findFirst().flatMap(code -> code.requirement(breached)).orElseThrow().defaultSeverity();

        List<Finding> findings = services.findings().findingsOfAudit(auditId);
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.requirements()).containsExactly(key);
            assertThat(finding.severity()).isEqualTo(expected);
            assertThat(finding.description()).isEqualTo(DESCRIPTION);
        });
        assertThat(services.findings().actions(findings.get(0).id())).singleElement().satisfies(action -> {
            assertThat(action.action()).isEqualTo(ACTION);
            assertThat(action.owner()).isEqualTo(OWNER);
        });
        assertThat(services.audits().responses(auditId)).filteredOn(r -> r.requirement().equals(key))
                .singleElement().extracting(Response::result).isEqualTo(ResponseResult.NON_COMPLIANT);
        assertThat(services.audits().responses(auditId)).extracting(Response::result)
                .filteredOn(result -> result == ResponseResult.COMPLIANT).hasSize(2);
    }

    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
            rows.add(cells);
        }
        return rows;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    /** Background work (database, Excel) finishes on worker threads: wait for what the user would see. */
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

    /** The native save dialog, answered: the report goes to {@code target}; no evidence file is attached. */
    private record ReportGoesTo(Path target) implements FilePicker {
        @Override
        public Optional<Path> chooseAttachment(Window owner) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseReportTarget(Window owner, String defaultFileName) {
            return Optional.of(target);
        }

        @Override
        public Optional<Path> choosePackageTarget(Window owner, String defaultFileName) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> choosePackage(Window owner) {
            return Optional.empty();
        }
    }
}
