package org.fairaudit.app;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.fairaudit.domain.Profile;
import org.fairaudit.i18n.Messages;
import org.fairaudit.persistence.DatabaseException;
import org.fairaudit.service.Services;
import org.fairaudit.ui.audit.NativeFilePicker;
import org.fairaudit.ui.common.ErrorDialogs;
import org.fairaudit.ui.common.ErrorReporter;
import org.fairaudit.ui.common.FxUiExecutor;
import org.fairaudit.ui.common.Theme;
import org.fairaudit.ui.main.FirstStartDialog;
import org.fairaudit.ui.main.FirstStartViewModel;
import org.fairaudit.ui.main.MainView;
import org.fairaudit.ui.main.OpeningWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The window. The database opens off the JavaFX thread while a small window says so. */
public final class FairAuditApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(FairAuditApp.class);
    private static final String DB_PARAMETER = "db";

    private AppContext context;
    private FxUiExecutor executor;

    /** Opens the window on the database at {@code db}; returns when the window is closed. */
    static void launch(Path db) {
        Application.launch(FairAuditApp.class, "--" + DB_PARAMETER + "=" + db);
    }

    /** Shows a window at once and opens the database in the background, then asks for a profile if needed. */
    @Override
    public void start(Stage stage) {
        Path db = Path.of(getParameters().getNamed().get(DB_PARAMETER));
        Image icon = new Image(FairAuditApp.class.getResource("/images/fairaudit.png").toExternalForm());
        stage.setTitle(Messages.get("app.title"));
        stage.getIcons().add(icon);
        // Between the opening window and the main window no window may be showing: exit only when told to.
        Platform.setImplicitExit(false);
        OpeningWindow opening = new OpeningWindow(icon);
        opening.show();
        executor = new FxUiExecutor();
        executor.submit(() -> AppContext.open(db), opened -> {
            context = opened;
            opening.close();
            askForProfile(stage);
        }, error -> {
            LOG.error("Could not open the database", error);
            opening.close();
            // Database failures carry a sentence written for the user ("already open in another window", …).
            String message = error instanceof DatabaseException ? error.getMessage() : ErrorDialogs.userMessage(error);
            Alert alert = new Alert(Alert.AlertType.ERROR, message);
            alert.setHeaderText(Messages.get("app.openFailed"));
            alert.showAndWait();
            Platform.exit();
        });
    }

    private void askForProfile(Stage stage) {
        ErrorReporter errors = new ErrorDialogs(() -> stage);
        Services services = context.services();
        FirstStartDialog.ensureProfile(
                new FirstStartViewModel(services.profiles(), services.demoData(), executor, errors),
                executor.runningTasks(), Theme.LIGHT, null, profile -> showMain(stage, profile, errors),
                Platform::exit);
    }

    private void showMain(Stage stage, Profile profile, ErrorReporter errors) {
        MainView main = new MainWindowFactory(context, executor, errors, new NativeFilePicker(),
                Clock.systemDefaultZone()).create(profile);
        // Field laptops often have 1366 × 768 screens: never open larger than the screen.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(main.root(), Math.min(1320, screen.getWidth()), Math.min(840, screen.getHeight()));
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
        Platform.setImplicitExit(true);
        if (StartupMarker.requested()) {
            executor.whenIdle(StartupMarker::print);
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
