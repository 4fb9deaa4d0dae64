package org.fairaudit.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fairaudit.domain.ResponseResult;
import org.fairaudit.ui.common.NodeSnapshot;
import org.fairaudit.ui.common.Theme;
import org.fairaudit.ui.fakes.SheetImports;
import org.fairaudit.ui.finding.FindingsScreen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The field auditor's path, headless: open an audit, key in results, record a breach, see it, export. */
@ExtendWith(ApplicationExtension.class)
class ChecklistFlowTest {
    private final Path exportTarget = Path.of(System.getProperty("java.io.tmpdir"), "golden-thread-audit.xlsx");
    private AuditFixture fixture;
    private Scene scene;

    @Start
    void start(Stage stage) {
        fixture = new AuditFixture();
        FilePicker picker = new FilePicker() {
            @Override
            public Optional<Path> chooseAttachment(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseReportTarget(Window owner, String defaultFileName) {
                return Optional.of(exportTarget);
            }

            @Override
            public Optional<Path> choosePackageTarget(Window owner, String defaultFileName) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> choosePackage(Window owner) {
                return Optional.empty();
            }
        };
        AuditsScreen audits = new AuditsScreen(fixture.audits, fixture.suppliers, fixture.codes, fixture.findings,
                fixture.reviewHistory, fixture.reports, fixture.profiles, fixture.executor, picker, fixture.packages(),
                fixture.clock);
        scene = new Scene((Parent) audits.root(), 1240, 780);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
        audits.refresh();
    }

    @Test
    void auditorKeysInResultsRecordsABreachAndFindsItUnderFindings(FxRobot robot) {
        robot.interact(() -> NodeSnapshot.save(scene, "audits-list"));
        openTheAudit(robot);
        assertThat(label(robot, "#progressText")).isEqualTo("0 / 5 assessed");
        assertThat(scene.getFocusOwner()).as("keyboard on the requirement list").hasFieldOrPropertyWithValue("id", "requirementTree");

        robot.type(KeyCode.C, KeyCode.C);
        assertThat(label(robot, "#progressText")).isEqualTo("2 / 5 assessed");
        assertThat(label(robot, "#saveState")).isEqualTo("✓ Saved");

        robot.type(KeyCode.N); // FR-3, zero tolerance: the finding dialog opens prefilled
        robot.clickOn("#findingDescription").write("Passports of 37 migrant workers kept in the HR office safe.");
        robot.interact(() -> NodeSnapshot.save(robot.lookup("#findingDescription").query().getScene(), "finding-dialog"));
        // the corrective-action form sits below the fold of the dialog: Tab order reaches it, as the keyboard does
        robot.interact(() -> robot.lookup("#actionText").query().requestFocus());
        robot.write("Return passports; provide lockers");
        robot.interact(() -> robot.lookup("#actionOwner").query().requestFocus());
        robot.write("HR manager");
        robot.interact(() -> NodeSnapshot.save(robot.lookup("#findingDescription").query().getScene(), "finding-dialog-filled"));
        robot.clickOn("#saveFinding");

        assertThat(fixture.audits.responseFor("FR-3").result()).isEqualTo(ResponseResult.NON_COMPLIANT);
        assertThat(label(robot, "#progressText")).isEqualTo("3 / 5 assessed");
        assertThat(label(robot, "#ratingText")).contains("Grade E");
        robot.clickOn("#notes").write("Safe opened in front of HR manager; 37 passports inside.");
        robot.interact(() -> NodeSnapshot.save(scene, "checklist"));

        FindingsScreen findings = new FindingsScreen(fixture.findings, fixture.suppliers,
                SheetImports.cap(fixture.findings, fixture.profiles, null), fixture.profiles, fixture.executor,
                fixture.clock);
        robot.interact(() -> {
            scene.setRoot((Parent) findings.root());
            findings.refresh();
        });
        TableView<?> table = robot.lookup("#findingsTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        robot.clickOn("#findingsTable .table-row-cell");
        robot.interact(() -> NodeSnapshot.save(scene, "findings"));
        assertThat(fixture.findings.all().get(0).description()).startsWith("Passports of 37");
        assertThat(fixture.audits.responseFor("FR-4").notes()).isEqualTo("Safe opened in front of HR manager; 37 passports inside.");
    }

    @Test
    void exportWritesToTheChosenPathWithoutConfidentialFields(FxRobot robot) {
        openTheAudit(robot);

        robot.clickOn("#exportReport");
        robot.interact(() -> NodeSnapshot.save(robot.lookup("#includeConfidential").query().getScene(), "export-dialog"));
        robot.clickOn("Choose file…");

        assertThat(fixture.reports.exports).containsExactly(
                RecordingReportService.Export.redacted(fixture.audit.id(), exportTarget));
        assertThat(label(robot, "#exportMessage")).isEqualTo("Report written to " + exportTarget);
    }

    @Test
    void includingConfidentialFieldsAsksForAPasswordTwiceBeforeTheFile(FxRobot robot) {
        openTheAudit(robot);

        robot.clickOn("#exportReport");
        robot.clickOn("#includeConfidential");
        Button chooseFile = robot.lookup("Choose file…").queryButton();
        assertThat(chooseFile.isDisabled()).isTrue();
        robot.clickOn("#exportPassword").write("short");
        assertThat(robot.lookup("Use a password of at least 8 characters.").tryQuery()).isPresent();
        robot.write(" but fine");
        robot.clickOn("#exportPasswordConfirmation").write("short but fin");
        assertThat(robot.lookup("The passwords do not match.").tryQuery()).isPresent();
        assertThat(chooseFile.isDisabled()).isTrue();
        robot.write("e");
        robot.interact(() -> NodeSnapshot.save(chooseFile.getScene(), "export-dialog-confidential"));
        robot.clickOn(chooseFile);

        assertThat(fixture.reports.exports).containsExactly(
                new RecordingReportService.Export(fixture.audit.id(), exportTarget, "short but fine"));
        assertThat(label(robot, "#exportMessage")).isEqualTo("Report written to " + exportTarget);
    }

    private void openTheAudit(FxRobot robot) {
        robot.clickOn("#auditsTable .table-row-cell");
        robot.type(KeyCode.ENTER);
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
