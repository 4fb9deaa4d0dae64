package org.fairaudit.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
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
import org.fairaudit.persistence.Backups;
import org.fairaudit.persistence.DatabaseFile;
import org.fairaudit.persistence.UnreadableDatabaseException;
import org.fairaudit.persistence.WrongPassphraseException;
import org.fairaudit.service.BackupFile;
import org.fairaudit.service.Services;
import org.fairaudit.ui.audit.NativeFilePicker;
import org.fairaudit.ui.common.ErrorDialogs;
import org.fairaudit.ui.common.ErrorReporter;
import org.fairaudit.ui.common.FxUiExecutor;
import org.fairaudit.ui.common.Theme;
import org.fairaudit.ui.main.FirstStartDialog;
import org.fairaudit.ui.main.FirstStartViewModel;
import org.fairaudit.ui.main.MainView;
import org.fairaudit.ui.main.BusyWindow;
import org.fairaudit.ui.main.SignInDialog;
import org.fairaudit.ui.main.SignInViewModel;
import org.fairaudit.ui.main.ProtectionChoiceDialog;
import org.fairaudit.ui.main.ProtectionChoiceViewModel;
import org.fairaudit.ui.main.RestoreOfferDialog;
import org.fairaudit.ui.main.UnlockDialog;
import org.fairaudit.ui.main.UnlockViewModel;
import org.slf4j.LoggerFactory;

/**
 * The window. The database opens off the JavaFX thread (when no dialog must come first, already while the JavaFX
 * toolkit starts); a small window says so when that takes more than a moment.
 */
public final class FairAuditApp extends Application {
    private static final String DB_PARAMETER = "db";

    private static final int LATEST_BACKUPS_OFFERED = 5;

    private AppContext context;
    private FxUiExecutor executor;
    private Image icon;

    /** An existing, unencrypted database opening while the JavaFX toolkit starts; null when it needs a dialog. */
    private static volatile EarlyOpening earlyOpening;

    /** Opens the window on the database at {@code db}; returns when the window is closed. */
    static void launch(Path db) {
        earlyOpening = EarlyOpening.startIfNoDialogNeeded(db);
        Application.launch(FairAuditApp.class, "--" + DB_PARAMETER + "=" + db);
    }

    /**
     * Before the database opens: at first start the user chooses a passphrase or declines one; an encrypted
     * database asks for its passphrase. Then a window shows at once while the database opens in the background.
     */
    @Override
    public void start(Stage stage) {
        Path db = Path.of(getParameters().getNamed().get(DB_PARAMETER));
        icon = new Image(FairAuditApp.class.getResource("/images/fairaudit.png").toExternalForm());
        stage.setTitle(Messages.get("app.title"));
        stage.getIcons().add(icon);
        // Between the start dialogs and the main window no window may be showing: exit only when told to.
        Platform.setImplicitExit(false);
        executor = new FxUiExecutor();
        EarlyOpening early = earlyOpening;
        earlyOpening = null;
        DatabaseFile file = DatabaseFile.of(db);
        switch (StartPath.of(file, early != null)) {
            case EARLY, PLAIN -> {
                openInBackground(stage, db, early != null ? early::await : () -> AppContext.open(db), null);
                Theme.LIGHT.useForApplication(); // parsed while the database opens
            }
            case NEW -> new ProtectionChoiceDialog(new ProtectionChoiceViewModel(),
                    passphrase -> openInBackground(stage, db, () -> AppContext.open(db, passphrase), passphrase),
                    Platform::exit).show();
            case ENCRYPTED -> new UnlockDialog<>(new UnlockViewModel<>(passphrase -> AppContext.open(db, passphrase),
                    WrongPassphraseException.class::isInstance, executor), file.toString(),
                    opened -> opened(stage, opened), Platform::exit, error -> openFailed(stage, db, error)).show();
        }
    }

    /** Runs {@code open} in the background behind the opening window, then wipes {@code passphrase}. */
    private void openInBackground(Stage stage, Path db, Callable<AppContext> open, char[] passphrase) {
        BusyWindow opening = BusyWindow.showAfter(BusyWindow.USUAL_DELAY, icon, Messages.get("main.opening"));
        executor.submit(() -> {
            try {
                return open.call();
            } finally {
                if (passphrase != null) {
                    Arrays.fill(passphrase, '\0');
                }
            }
        }, opened -> {
            opening.close();
            opened(stage, opened);
        }, error -> {
            opening.close();
            openFailed(stage, db, error);
        });
    }

    private void opened(Stage stage, AppContext opened) {
        context = opened;
        askForProfile(stage);
    }

    private void openFailed(Stage stage, Path db, Throwable error) {
        // No logger field: it would start logging on the way to the window; the database thread starts it anyway.
        LoggerFactory.getLogger(FairAuditApp.class).error("Could not open the database", error);
        if (error instanceof UnreadableDatabaseException unreadable) {
            offerBackups(stage, db, unreadable);
            return;
        }
        // Database failures carry a sentence written for the user ("already open in another window", …).
        Alert alert = new Alert(Alert.AlertType.ERROR, ErrorDialogs.userMessage(error));
        alert.setHeaderText(Messages.get("app.openFailed"));
        alert.showAndWait();
        Platform.exit();
    }

    /** A damaged database: offer its latest backups; the chosen one is restored and opened. */
    private void offerBackups(Stage stage, Path db, UnreadableDatabaseException error) {
        List<BackupFile> latest = new Backups(error.file(), Clock.systemUTC()).list().stream()
                .limit(LATEST_BACKUPS_OFFERED).toList();
        new RestoreOfferDialog(error.getMessage(), latest, (backup, passphrase) -> openInBackground(stage, db, () -> {
            Backups.rescue(error.file(), backup.path(), passphrase);
            return AppContext.open(db, passphrase);
        }, passphrase), Platform::exit).show();
    }

    /** Signs in when the installation asks for it, else names the first profile (or uses the only one). */
    private void askForProfile(Stage stage) {
        ErrorReporter errors = new ErrorDialogs(() -> stage);
        Services services = context.services();
        executor.submit(services.accounts()::signInRequired, signInRequired -> {
            if (signInRequired) {
                SignInDialog.show(new SignInViewModel(services.accounts(), executor, errors), Theme.LIGHT,
                        profile -> showMain(stage, profile, errors), () -> closeInBackground(stage));
            } else {
                FirstStartDialog.ensureProfile(new FirstStartViewModel(services.profiles(), services.accounts(),
                                services.demoData(), executor, errors), executor.runningTasks(), Theme.LIGHT, null,
                        profile -> showMain(stage, profile, errors), () -> closeInBackground(stage));
            }
        }, errors::report);
    }

    private void showMain(Stage stage, Profile profile, ErrorReporter errors) {
        MainView main = new MainWindowFactory(context, executor, errors, new NativeFilePicker(),
                Clock.systemDefaultZone()).create(profile);
        // Field laptops often have 1366 × 768 screens: never open larger than the screen.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(main.root(), Math.min(1320, screen.getWidth()), Math.min(840, screen.getHeight()));
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            event.consume();
            closeInBackground(stage);
        });
        stage.show();
        Platform.setImplicitExit(true);
        if (StartupMarker.requested()) {
            executor.whenIdle(StartupMarker::print);
        }
    }

    /**
     * The main window closes at once (or a start dialog was cancelled); the backup is taken and the database closed
     * behind a small window.
     */
    private void closeInBackground(Stage stage) {
        AppContext closing = context;
        context = null; // closed here, not again by stop()
        executor.close();
        ClosingInBackground.start(stage, icon, closing::closeWithBackup, Platform::exit);
    }

    /** Also when the application ends some other way while the database is open. */
    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
        if (context != null) {
            context.closeWithBackup();
        }
    }
}
