package org.fairaudit.ui.main;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.BackupFile;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.Theme;
import org.fairaudit.ui.common.BackupLabels;

/**
 * The database cannot be opened (damaged, or not a FairAudit file): offers its latest backups instead of a
 * stack trace. {@code onRestore} gets the chosen backup and, for an encrypted one, its passphrase.
 */
public final class RestoreOfferDialog {
    private final Stage stage = new Stage();

    public RestoreOfferDialog(String problem, List<BackupFile> latest, BiConsumer<BackupFile, char[]> onRestore,
                              Runnable onQuit) {
        Label heading = new Label(Messages.get("app.openFailed"));
        heading.getStyleClass().add(AppStyles.SCREEN_TITLE);
        Label text = new Label(problem + "\n\n" + Messages.get(latest.isEmpty() ? "rescue.noBackups" : "rescue.intro"));
        text.setWrapText(true);
        ListView<BackupFile> backups = new ListView<>();
        backups.setId("rescueBackups");
        backups.getItems().setAll(latest);
        backups.setCellFactory(list -> BackupLabels.cell());
        backups.setPrefHeight(180);
        backups.getSelectionModel().selectFirst();
        PasswordField passphrase = new PasswordField();
        passphrase.setPromptText(Messages.get("rescue.passphrase"));
        passphrase.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> backups.getSelectionModel().getSelectedItem() != null
                        && backups.getSelectionModel().getSelectedItem().encrypted(),
                backups.getSelectionModel().selectedItemProperty()));
        passphrase.managedProperty().bind(passphrase.visibleProperty());

        Button restore = new Button(Messages.get("rescue.restore"));
        restore.getStyleClass().add("accent");
        restore.setDefaultButton(true);
        restore.disableProperty().bind(backups.getSelectionModel().selectedItemProperty().isNull());
        Button quit = new Button(Messages.get("main.firstStart.quit"));
        quit.setCancelButton(true);
        ButtonBar.setButtonData(restore, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(quit, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().setAll(restore, quit);
        restore.setOnAction(e -> {
            BackupFile chosen = backups.getSelectionModel().getSelectedItem();
            char[] typed = chosen.encrypted() ? passphrase.getText().toCharArray() : null;
            passphrase.clear();
            stage.close();
            onRestore.accept(chosen, typed);
        });
        quit.setOnAction(e -> {
            stage.close();
            onQuit.run();
        });
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit.fire();
        });

        VBox root = new VBox(14, heading, text, backups, passphrase, buttons);
        root.setPadding(new Insets(24));
        root.setPrefWidth(560);
        Scene scene = new Scene(root);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
    }

    public void show() {
        stage.show();
    }
}
