package org.fairaudit.ui.main;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.FormGrid;
import org.fairaudit.ui.common.Theme;

/**
 * First start, before the database file is created: protect it with a passphrase, or decline explicitly.
 * {@code onChosen} gets the passphrase (the caller wipes it) or null for no encryption.
 */
public final class ProtectionChoiceDialog {
    private final Stage stage = new Stage();

    public ProtectionChoiceDialog(ProtectionChoiceViewModel viewModel, Consumer<char[]> onChosen, Runnable onQuit) {
        Label heading = new Label(Messages.get("protect.heading"));
        heading.getStyleClass().add(AppStyles.SCREEN_TITLE);
        Label intro = new Label(Messages.get("protect.intro"));
        intro.setWrapText(true);
        Label warning = new Label(Messages.get("protect.forgetWarning"));
        warning.setWrapText(true);
        warning.getStyleClass().add(AppStyles.BANNER_WARNING);

        Button encrypt = new Button(Messages.get("protect.encrypt"));
        encrypt.setId("encryptDatabase");
        encrypt.setDefaultButton(true);
        encrypt.getStyleClass().add("accent");
        encrypt.disableProperty().bind(viewModel.validBinding().not());
        Button decline = new Button(Messages.get("protect.decline"));
        decline.setId("declineEncryption");
        Button quit = new Button(Messages.get("main.firstStart.quit"));
        quit.setCancelButton(true);
        ButtonBar.setButtonData(encrypt, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(decline, ButtonBar.ButtonData.OTHER);
        ButtonBar.setButtonData(quit, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().setAll(encrypt, decline, quit);
        // uniform sizes, or a button narrower than its label, would cut the long labels to "Continue withou…"
        buttons.getButtons().forEach(button -> {
            ButtonBar.setButtonUniformSize(button, false);
            ((Region) button).setMinWidth(Region.USE_PREF_SIZE);
        });

        encrypt.setOnAction(e -> {
            stage.close();
            onChosen.accept(viewModel.takePassphrase());
        });
        decline.setOnAction(e -> {
            stage.close();
            onChosen.accept(null);
        });
        quit.setOnAction(e -> {
            stage.close();
            onQuit.run();
        });
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit.fire();
        });

        VBox root = new VBox(14, heading, intro, PassphraseFields.addTo(new FormGrid(), viewModel), warning, buttons);
        root.setPadding(new Insets(24));
        root.setPrefWidth(640);
        Scene scene = new Scene(root);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.setTitle(Messages.get("main.firstStart.title"));
    }

    public void show() {
        stage.show();
    }
}
