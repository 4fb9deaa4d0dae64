package org.fairaudit.ui.main;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.BackgroundTasksBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/**
 * The main window: navigation on the left, the selected screen in the middle, a status bar at the bottom.
 * Ctrl+1 … Ctrl+9 switch to the first nine screens.
 *
 * <p>Composition root: {@code new MainView(new MainViewModel(entries, profile, dbPath, executor.runningTasks()))},
 * then {@code Scene scene = new Scene(view.root(), 1280, 800); Theme.LIGHT.apply(scene);}. The first entry is
 * shown at once.
 */
public final class MainView {
    private static final List<KeyCode> SHORTCUT_DIGITS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
            KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9);

    private final MainViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final ListView<NavigationEntry> navigation = new ListView<>();
    private final StackPane content = new StackPane();

    public MainView(MainViewModel viewModel) {
        this.viewModel = viewModel;
        root.setLeft(buildNavigation());
        root.setCenter(content);
        root.setBottom(buildStatusBar());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::switchOnShortcut);
        viewModel.selectedProperty().addListener((obs, old, entry) -> show(entry));
        viewModel.select(0);
    }

    public Parent root() {
        return root;
    }

    private ListView<NavigationEntry> buildNavigation() {
        navigation.getItems().setAll(viewModel.entries());
        navigation.getStyleClass().add(AppStyles.NAVIGATION);
        navigation.setCellFactory(list -> new NavigationCell());
        navigation.setPrefWidth(230);
        navigation.getSelectionModel().selectedIndexProperty()
                .addListener((obs, old, index) -> viewModel.select(index.intValue()));
        return navigation;
    }

    private HBox buildStatusBar() {
        Label profile = new Label(viewModel.profileText(), new FontIcon(MaterialDesignA.ACCOUNT_CIRCLE_OUTLINE));
        Label database = new Label(viewModel.databaseText(), new FontIcon(MaterialDesignD.DATABASE_OUTLINE));
        database.getStyleClass().add(AppStyles.MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, profile, database, warning(), spacer,
                new BackgroundTasksBar(viewModel.backgroundTasks()));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(AppStyles.STATUS_BAR);
        return bar;
    }

    /** Shown only while there is one; following it opens the screen that deals with it. */
    private Hyperlink warning() {
        Hyperlink warning = new Hyperlink("", new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        warning.setId("statusWarning");
        warning.getStyleClass().add(AppStyles.WARNING_LINK);
        warning.textProperty().bind(viewModel.warningProperty());
        warning.visibleProperty().bind(viewModel.warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        warning.setOnAction(e -> viewModel.followWarning());
        return warning;
    }

    private void show(NavigationEntry entry) {
        content.getChildren().setAll(entry.screen().root());
        navigation.getSelectionModel().select(entry);
    }

    private void switchOnShortcut(KeyEvent event) {
        int index = SHORTCUT_DIGITS.indexOf(event.getCode());
        if (event.isShortcutDown() && index >= 0) {
            viewModel.select(index);
            event.consume();
        }
    }

    private static final class NavigationCell extends ListCell<NavigationEntry> {
        @Override
        protected void updateItem(NavigationEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
            } else {
                setText(Messages.get(entry.titleKey()));
                FontIcon icon = new FontIcon(entry.icon());
                icon.setIconSize(18);
                setGraphic(icon);
            }
        }
    }
}
