package org.fairaudit.ui.main;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.Theme;

/** Asks for the passphrase of an encrypted database at start. */
public final class UnlockDialog<T> {
    private final Stage stage = new Stage();
    private final PasswordField passphrase = new PasswordField();

    public UnlockDialog(UnlockViewModel<T> viewModel, String databaseLocation, Consumer<T> onOpened, Runnable onQuit,
                        Consumer<Throwable> onFailure) {
        Label heading = new Label(Messages.get("unlock.heading"));
        heading.getStyleClass().add(AppStyles.SCREEN_TITLE);
        Label intro = new Label(Messages.get("unlock.intro", databaseLocation));
        intro.setWrapText(true);
        passphrase.setId("unlockPassphrase");
        passphrase.setPromptText(Messages.get("unlock.passphrase"));
        passphrase.disableProperty().bind(viewModel.busyProperty());
        Label message = new Label();
        message.setId("unlockMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());

        Button unlock = new Button(Messages.get("unlock.unlock"));
        unlock.setDefaultButton(true);
        unlock.getStyleClass().add("accent");
        unlock.disableProperty().bind(viewModel.busyProperty().or(passphrase.textProperty().isEmpty()));
        Button quit = new Button(Messages.get("main.firstStart.quit"));
        quit.setCancelButton(true);
        ButtonBar.setButtonData(unlock, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(quit, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().setAll(unlock, quit);

        unlock.setOnAction(e -> {
            char[] typed = passphrase.getText().toCharArray();
            passphrase.clear(); // the field's String cannot be wiped, but it need not outlive the try
            viewModel.unlock(typed, opened -> {
                stage.close();
                onOpened.accept(opened);
            }, () -> {
                stage.close();
                onQuit.run();
            }, error -> {
                stage.close();
                onFailure.accept(error);
            });
        });
        quit.setOnAction(e -> {
            stage.close();
            onQuit.run();
        });
        stage.setOnCloseRequest(e -> {
            e.consume();
            if (!viewModel.busyProperty().get()) {
                quit.fire();
            }
        });

        VBox root = new VBox(14, heading, intro, passphrase, message, buttons);
        root.setPadding(new Insets(24));
        root.setPrefWidth(480);
        Scene scene = new Scene(root);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
    }

    public void show() {
        stage.show();
        passphrase.requestFocus();
    }
}
