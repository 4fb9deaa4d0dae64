package org.fairaudit.ui.main;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.fairaudit.domain.Profile;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.FormGrid;
import org.fairaudit.ui.common.Theme;

/** Shown at start when the installation has several profiles or a password: who is using FairAudit now. */
public final class SignInDialog {
    private final SignInViewModel viewModel;
    private final Stage stage = new Stage();
    private final PasswordField password = new PasswordField();
    private final Button signInButton = new Button(Messages.get("signIn.signIn"));
    private final Button quitButton = new Button(Messages.get("main.firstStart.quit"));

    private SignInDialog(SignInViewModel viewModel, Theme theme) {
        this.viewModel = viewModel;
        stage.setTitle(Messages.get("signIn.title"));
        Scene scene = new Scene(build());
        theme.apply(scene);
        stage.setScene(scene);
    }

    /** Lists the profiles, then shows the dialog; {@code onSignedIn} gets the profile, {@code onQuit} runs otherwise. */
    public static void show(SignInViewModel viewModel, Theme theme, Consumer<Profile> onSignedIn, Runnable onQuit) {
        viewModel.load(() -> new SignInDialog(viewModel, theme).show(onSignedIn, onQuit));
    }

    private void show(Consumer<Profile> onSignedIn, Runnable onQuit) {
        signInButton.setOnAction(e -> {
            char[] typed = password.getText().toCharArray();
            password.clear();
            viewModel.signIn(typed, profile -> {
                stage.close();
                onSignedIn.accept(profile);
            });
        });
        quitButton.setOnAction(e -> {
            stage.close();
            onQuit.run();
        });
        stage.setOnCloseRequest(e -> {
            e.consume();
            if (!viewModel.busyProperty().get()) {
                quitButton.fire();
            }
        });
        stage.show();
        password.requestFocus();
    }

    private Parent build() {
        Label heading = new Label(Messages.get("signIn.heading"));
        heading.getStyleClass().add(AppStyles.SCREEN_TITLE);

        ComboBox<Profile> profile = new ComboBox<>(viewModel.choices());
        profile.setId("signInProfile");
        profile.valueProperty().bindBidirectional(viewModel.profileProperty());
        profile.setCellFactory(list -> new ProfileCell());
        profile.setButtonCell(new ProfileCell());
        profile.setMaxWidth(Double.MAX_VALUE);
        password.setId("signInPassword");
        password.disableProperty().bind(viewModel.passwordAskedProperty().not());
        Label refusal = new Label();
        refusal.setId("signInRefusal");
        refusal.textProperty().bind(viewModel.refusalProperty());
        refusal.getStyleClass().add("danger");
        refusal.setWrapText(true);

        FormGrid form = new FormGrid();
        form.add(Messages.get("signIn.profile"), profile);
        form.add(Messages.get("signIn.password"), password);
        form.addUnlabelled(refusal);

        signInButton.setDefaultButton(true);
        signInButton.getStyleClass().add("accent");
        signInButton.disableProperty().bind(viewModel.canSignInBinding().not());
        quitButton.setCancelButton(true);
        ButtonBar.setButtonData(signInButton, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(quitButton, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().setAll(signInButton, quitButton);

        VBox root = new VBox(16, heading, form, buttons);
        root.setPadding(new Insets(24));
        root.setPrefWidth(460);
        return root;
    }

    /** "Name — Role", so that two people with one name are still told apart by role. */
    private static final class ProfileCell extends ListCell<Profile> {
        @Override
        protected void updateItem(Profile item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : Messages.get("signIn.choice", item.name(), Messages.of(item.role())));
        }
    }
}
