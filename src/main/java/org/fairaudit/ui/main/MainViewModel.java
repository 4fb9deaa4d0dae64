package org.fairaudit.ui.main;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.concurrent.Worker;
import org.fairaudit.domain.Profile;
import org.fairaudit.i18n.Messages;

/** The main window's state: which screen is shown, and what the status bar says. */
public final class MainViewModel {
    private final List<NavigationEntry> entries;
    private final String profileText;
    private final String databaseText;
    private final ObservableList<? extends Worker<?>> backgroundTasks;
    private final ReadOnlyObjectWrapper<NavigationEntry> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private NavigationEntry warningScreen;

    /**
     * @param entries          navigation in display order; at least one
     * @param profile          the active profile
     * @param databaseLocation where the data lives (file path or JDBC URL), shown in the status bar
     * @param backgroundTasks  running long tasks, usually {@link org.fairaudit.ui.common.FxUiExecutor#runningTasks()}
     */
    public MainViewModel(List<NavigationEntry> entries, Profile profile, String databaseLocation,
                         ObservableList<? extends Worker<?>> backgroundTasks) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("The main window needs at least one screen");
        }
        this.entries = List.copyOf(entries);
        this.profileText = Messages.get("main.status.profile", profile.name(), Messages.of(profile.role()));
        this.databaseText = Messages.get("main.status.database", databaseLocation);
        this.backgroundTasks = backgroundTasks;
    }

    public List<NavigationEntry> entries() {
        return entries;
    }

    /** Shows the entry at {@code index} and refreshes its screen; an index without entry is ignored. */
    public void select(int index) {
        if (index < 0 || index >= entries.size()) {
            return;
        }
        NavigationEntry entry = entries.get(index);
        if (entry != selected.get()) {
            selected.set(entry);
            entry.screen().refresh();
        }
    }

    public ReadOnlyObjectProperty<NavigationEntry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public int selectedIndex() {
        return entries.indexOf(selected.get());
    }

    public String profileText() {
        return profileText;
    }

    public String databaseText() {
        return databaseText;
    }

    /** Puts {@code text} in the status bar until the user follows it to the screen of {@code titleKey}. */
    public void warn(String text, String titleKey) {
        warningScreen = entries.stream().filter(entry -> entry.titleKey().equals(titleKey)).findFirst().orElse(null);
        warning.set(text);
    }

    /** A warning for the status bar; empty when there is none. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** Shows the screen that deals with the warning, which then leaves the status bar. */
    public void followWarning() {
        if (warningScreen != null) {
            select(entries.indexOf(warningScreen));
        }
        warning.set("");
    }

    public ObservableList<? extends Worker<?>> backgroundTasks() {
        return backgroundTasks;
    }
}
