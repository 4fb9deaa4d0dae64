package org.fairaudit.ui.main;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.Theme;

/**
 * A small window saying what FairAudit is busy with while no other window shows: opening the database (seconds on a
 * cold laptop), or taking the backup at close (seconds on a large portfolio), so that nobody starts FairAudit a
 * second time because nothing seemed to happen. It appears only when the work takes longer than a moment: a quick
 * one shows no flash of it.
 */
public final class BusyWindow {
    /** Work quicker than this shows no window at all. */
    public static final Duration USUAL_DELAY = Duration.millis(400);

    private final Image icon;
    private final String message;
    private final PauseTransition delay;
    private Stage stage;

    private BusyWindow(Image icon, String message, Duration after) {
        this.icon = icon;
        this.message = message;
        delay = new PauseTransition(after);
        delay.setOnFinished(e -> show());
    }

    /** Shows the window after {@code after} unless {@link #close()} is called first. Call on the JavaFX thread. */
    public static BusyWindow showAfter(Duration after, Image icon, String message) {
        BusyWindow window = new BusyWindow(icon, message, after);
        window.delay.play();
        return window;
    }

    /** Whether the window has appeared. */
    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    public void close() {
        delay.stop();
        if (stage != null) {
            stage.close();
        }
    }

    private void show() {
        ImageView logo = new ImageView(icon);
        logo.setFitWidth(64);
        logo.setPreserveRatio(true);
        Label text = new Label(message);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(32, 32);
        VBox box = new VBox(14, logo, text, progress);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(28, 48, 28, 48));
        Scene scene = new Scene(box);
        Theme.LIGHT.apply(scene);
        stage = new Stage(StageStyle.UNDECORATED);
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.getIcons().add(icon);
        stage.show();
    }
}
