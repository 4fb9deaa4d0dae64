package org.fairaudit.ui.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.fairaudit.ui.fakes.InMemoryFeeService;
import org.fairaudit.domain.Supplier;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.Countries;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.fairaudit.ui.common.FxDebouncer;
import org.fairaudit.ui.common.NodeSnapshot;
import org.fairaudit.ui.common.Theme;
import org.fairaudit.ui.exchange.PackageExports;
import org.fairaudit.ui.fakes.FakeExchange;
import org.fairaudit.ui.fakes.FakeProfiles;
import org.fairaudit.ui.fakes.InMemorySupplierService;
import org.fairaudit.ui.fakes.NoFiles;
import org.fairaudit.ui.fakes.RecordingErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A user adds a supplier: the rules speak next to the field, Save waits for valid data, the list shows the result. */
@ExtendWith(ApplicationExtension.class)
class CreateSupplierTest {
    private final InMemorySupplierService service = new InMemorySupplierService();
    private final RecordingErrors errors = new RecordingErrors();
    private Scene scene;

    @Start
    void start(Stage stage) {
        service.add("Lotus Electronics", "TH");
        SuppliersView view = new SuppliersView(new SuppliersViewModel(service, new InMemoryFeeService(),
                new DirectUiExecutor(), errors, new FxDebouncer(Duration.millis(50)), Clock.systemDefaultZone()), null,
                new PackageExports(new FakeExchange(), new FakeProfiles(), new DirectUiExecutor(), new NoFiles()));
        view.refresh();
        scene = new Scene((javafx.scene.Parent) view.root(), 1100, 720);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void createASupplierThroughTheEditor(FxRobot robot) throws Exception {
        Button save = robot.lookup("#saveSupplier").queryButton();
        robot.clickOn("#newSupplier");
        robot.clickOn("#supplierName").write("Golden Thread Garments");
        robot.clickOn("#supplierCountry").write("XX");

        assertThat(visibleFieldMessages(robot)).contains(Messages.get("validation.country"));
        assertThat(save.isDisabled()).isTrue();
        snapshot(robot, "supplier-invalid-country");

        robot.eraseText(2).write("Malay");
        // ControlsFX computes suggestions in the background, then opens its popup.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(Countries.label("MY")).tryQuery().isPresent());
        snapshotSuggestions(robot);
        robot.clickOn(Countries.label("MY")); // pick the suggestion
        robot.clickOn("#supplierTier").write("1");
        assertThat(visibleFieldMessages(robot))
                .as("country typed: '%s'", robot.lookup("#supplierCountry").queryTextInputControl().getText()).isEmpty();
        assertThat(save.isDisabled()).isFalse();

        robot.clickOn(save);

        TableView<Supplier> table = robot.lookup("#supplierTable").queryTableView();
        assertThat(table.getItems()).extracting(Supplier::name).containsExactly("Golden Thread Garments", "Lotus Electronics");
        assertThat(table.getSelectionModel().getSelectedItem().country()).isEqualTo("MY");
        assertThat(robot.lookup("#supplierNotice").queryAs(Label.class).getText()).isEqualTo(Messages.get("supplier.saved"));
        assertThat(errors.reported).isEmpty();
        snapshot(robot, "supplier-saved");

        robot.clickOn(Messages.get("supplier.tab.workforce"));
        snapshot(robot, "supplier-workforce");
        robot.clickOn(Messages.get("supplier.tab.agencies"));
        snapshot(robot, "supplier-agencies");
    }

    @Test
    void searchFiltersTheListAsTheUserTypes(FxRobot robot) throws Exception {
        service.add("Harbour Seafood Processing", "TH");
        robot.clickOn("#supplierSearch").write("seafood");

        TableView<Supplier> table = robot.lookup("#supplierTable").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).name()).isEqualTo("Harbour Seafood Processing");
    }

    private static java.util.List<String> visibleFieldMessages(FxRobot robot) {
        return robot.lookup("#supplierDetails").lookup("." + AppStyles.FIELD_MESSAGE).queryAllAs(Label.class)
                .stream().filter(Node::isVisible).map(Label::getText).toList();
    }

    private static void snapshotSuggestions(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.listWindows().stream().filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing())
                .findFirst().ifPresent(popup -> robot.interact(() ->
                        NodeSnapshot.save(popup.getScene(), "supplier-country-suggestions")));
    }

    private void snapshot(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> NodeSnapshot.save(scene, name));
    }
}
