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
 * Shown while the database opens and migrates (seconds on a cold laptop), so that nobody starts FairAudit a second
 * time because nothing seemed to happen. It appears only when opening takes longer than a moment: a quick start goes
 * straight to the main window without a flash of this one.
 */
public final class OpeningWindow {
    private final Image icon;
    private final PauseTransition delay;
    private Stage stage;

    private OpeningWindow(Image icon, Duration after) {
        this.icon = icon;
        delay = new PauseTransition(after);
        delay.setOnFinished(e -> show());
    }

    /** Shows the window after {@code after} unless {@link #close()} is called first. Call on the JavaFX thread. */
    public static OpeningWindow showAfter(Duration after, Image icon) {
        OpeningWindow window = new OpeningWindow(icon, after);
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
        Label text = new Label(Messages.get("main.opening"));
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
