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
import org.fairaudit.service.Services;
import org.fairaudit.ui.audit.NativeFilePicker;
import org.fairaudit.ui.common.ErrorDialogs;
import org.fairaudit.ui.common.ErrorReporter;
import org.fairaudit.ui.common.FxUiExecutor;
import org.fairaudit.ui.common.Theme;
import org.fairaudit.ui.main.FirstStartDialog;
import org.fairaudit.ui.main.FirstStartViewModel;
import org.fairaudit.ui.main.MainView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The window. The database opens in {@link #init()}, off the JavaFX thread, before anything is shown. */
public final class FairAuditApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(FairAuditApp.class);
    private static final String DB_PARAMETER = "db";

    private AppContext context;
    private RuntimeException openFailure;
    private FxUiExecutor executor;

    /** Opens the window on the database at {@code db}; returns when the window is closed. */
    static void launch(Path db) {
        Application.launch(FairAuditApp.class, "--" + DB_PARAMETER + "=" + db);
    }

    @Override
    public void init() {
        Path db = Path.of(getParameters().getNamed().get(DB_PARAMETER));
        try {
            context = AppContext.open(db);
        } catch (RuntimeException e) {
            LOG.error("Could not open the database", e);
            openFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (openFailure != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, ErrorDialogs.userMessage(openFailure));
            alert.setHeaderText(Messages.get("app.openFailed"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        executor = new FxUiExecutor();
        ErrorReporter errors = new ErrorDialogs(() -> stage);
        Services services = context.services();
        stage.setTitle(Messages.get("app.title"));
        stage.getIcons().add(new Image(FairAuditApp.class.getResource("/images/fairaudit.png").toExternalForm()));
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
