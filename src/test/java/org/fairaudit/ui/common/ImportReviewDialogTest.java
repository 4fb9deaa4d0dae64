package org.fairaudit.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fairaudit.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A refused import: every refusal reads whole, wrapped, and nothing can be applied. */
@ExtendWith(ApplicationExtension.class)
class ImportReviewDialogTest {
    private static final String REFUSAL = "brand-code.xlsx, sheet 'Brand code', row 3, column L: unknown value 'huge'"
            + " (expected zero_tolerance, major, minor, observation)";

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 900, 700));
        stage.show();
    }

    @Test
    void aLongRefusalWrapsInsteadOfBeingCut(FxRobot robot) throws Exception {
        AtomicReference<Boolean> applied = new AtomicReference<>();
        ImportReview review = new ImportReview("Code of conduct from brand-code.xlsx", List.of(), List.of(REFUSAL),
                false);
        Platform.runLater(() -> applied.set(ImportReviewDialog.confirm(owner, review)));
        // The list also lays out empty cells; wait for the one that holds the refusal and has been laid out.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> refusal(robot).filter(label -> label.getHeight() > 0)
                .isPresent());

        Label line = refusal(robot).orElseThrow();
        Set<Node> shown = line.lookupAll(".text");
        assertThat(shown).hasSize(1);
        assertThat(((Text) shown.iterator().next()).getText()).isEqualTo(REFUSAL);
        assertThat(line.getHeight()).isGreaterThan(1.5 * line.getFont().getSize() * 1.4);
        assertThat(robot.lookup(Messages.get("sheets.review.apply")).queryButton().isDisabled()).isTrue();

        robot.clickOn(robot.lookup(".button").<Button>match(Button::isCancelButton).queryButton());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> applied.get() != null);
        assertThat(applied.get()).isFalse();
    }

    private static Optional<Label> refusal(FxRobot robot) {
        return robot.lookup("#importRejected .label").<Label>match(label -> REFUSAL.equals(label.getText()))
                .tryQuery();
    }
}
