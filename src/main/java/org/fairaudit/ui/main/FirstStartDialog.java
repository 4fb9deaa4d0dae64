package org.fairaudit.ui.main;

import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.BackgroundTasksBar;
import org.fairaudit.ui.common.EnumLabels;
import org.fairaudit.ui.common.FieldDecorations;
import org.fairaudit.ui.common.FormGrid;
import org.fairaudit.ui.common.Theme;

/**
 * The first-start dialog. The composition root calls {@link #ensureProfile} before it shows the main window:
 * <pre>{@code
 * FirstStartDialog.ensureProfile(new FirstStartViewModel(services.profiles(), services.accounts(),
 *                 services.demoData(), executor, errors),
 *         executor.runningTasks(), Theme.LIGHT, primaryStage, profile -> showMainWindow(profile), Platform::exit);
 * }</pre>
 */
public final class FirstStartDialog {
    private final FirstStartViewModel viewModel;
    private final Stage stage = new Stage();
    private final Button startButton = new Button(Messages.get("main.firstStart.start"));
    private final Button quitButton = new Button(Messages.get("main.firstStart.quit"));

    FirstStartDialog(FirstStartViewModel viewModel, ObservableList<? extends Worker<?>> tasks, Theme theme,
                     Window owner) {
        this.viewModel = viewModel;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Messages.get("main.firstStart.title"));
        Scene scene = new Scene(build(tasks));
        theme.apply(scene);
        stage.setScene(scene);
    }

    /**
     * Calls {@code onReady} with the active profile: at once when there is one, otherwise after the user has
     * created it in this dialog (and demo data has loaded, if asked). {@code onQuit} runs when the user closes
     * the dialog without a profile.
     */
    public static void ensureProfile(FirstStartViewModel viewModel, ObservableList<? extends Worker<?>> tasks,
                                     Theme theme, Window owner, Consumer<Profile> onReady, Runnable onQuit) {
        viewModel.loadCurrentProfile(current -> current.ifPresentOrElse(onReady,
                () -> new FirstStartDialog(viewModel, tasks, theme, owner).show(onReady, onQuit)));
    }

    void show(Consumer<Profile> onReady, Runnable onQuit) {
        startButton.setOnAction(e -> viewModel.start(profile -> {
            stage.close();
            onReady.accept(profile);
        }));
        quitButton.setOnAction(e -> {
            stage.close();
            onQuit.run();
        });
        stage.setOnCloseRequest(e -> {
            e.consume(); // closing the window means quitting, but never in the middle of creating data
            if (!viewModel.busyProperty().get()) {
                quitButton.fire();
            }
        });
        stage.show();
    }

    private Parent build(ObservableList<? extends Worker<?>> tasks) {
        Label heading = new Label(Messages.get("main.firstStart.heading"));
        heading.getStyleClass().add(AppStyles.SCREEN_TITLE);
        Label intro = new Label(Messages.get("main.firstStart.intro"));
        intro.setWrapText(true);

        TextField name = new TextField();
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        name.setId("profileName");
        ComboBox<Role> role = new ComboBox<>();
        role.getItems().setAll(Role.values());
        role.setConverter(new EnumLabels<>());
        role.valueProperty().bindBidirectional(viewModel.roleProperty());
        role.setMaxWidth(Double.MAX_VALUE);
        PasswordField password = new PasswordField();
        password.setId("profilePassword");
        password.setPromptText(Messages.get("main.firstStart.passwordOptional"));
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        PasswordField passwordAgain = new PasswordField();
        passwordAgain.setId("profilePasswordAgain");
        passwordAgain.textProperty().bindBidirectional(viewModel.passwordAgainProperty());
        CheckBox demo = new CheckBox(Messages.get("main.firstStart.demoData"));
        demo.selectedProperty().bindBidirectional(viewModel.loadDemoDataProperty());
        demo.visibleProperty().bind(viewModel.demoDataOfferedProperty());
        demo.managedProperty().bind(demo.visibleProperty());

        FormGrid form = new FormGrid();
        form.add(Messages.get("main.firstStart.name"), name, new FieldDecorations().decorate(name,
                viewModel.fieldErrors().messageProperty(FirstStartViewModel.NAME)));
        form.add(Messages.get("main.firstStart.role"), role, role);
        form.add(Messages.get("main.firstStart.password"), password, new FieldDecorations().decorate(password,
                viewModel.fieldErrors().messageProperty(FirstStartViewModel.PASSWORD)));
        form.add(Messages.get("main.firstStart.passwordAgain"), passwordAgain, passwordAgain);
        form.addUnlabelled(demo);

        startButton.setDefaultButton(true);
        startButton.getStyleClass().add("accent");
        startButton.disableProperty().bind(viewModel.canStartBinding().not());
        quitButton.setCancelButton(true);
        quitButton.disableProperty().bind(viewModel.busyProperty());
        ButtonBar.setButtonData(startButton, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(quitButton, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().setAll(startButton, quitButton);

        VBox root = new VBox(16, heading, intro, form, new BackgroundTasksBar(tasks), buttons);
        root.setPadding(new Insets(24));
        root.setPrefWidth(520);
        return root;
    }
}
