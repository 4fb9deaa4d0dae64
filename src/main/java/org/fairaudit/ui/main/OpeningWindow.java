package org.fairaudit.ui.main;

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
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.Theme;

/**
 * Shown at once while the database opens and migrates (seconds on a cold laptop), so that nobody starts
 * FairAudit a second time because nothing seemed to happen.
 */
public final class OpeningWindow {
    private final Stage stage = new Stage(StageStyle.UNDECORATED);

    public OpeningWindow(Image icon) {
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
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.getIcons().add(icon);
    }

    public void show() {
        stage.show();
    }

    public void close() {
        stage.close();
    }
}
