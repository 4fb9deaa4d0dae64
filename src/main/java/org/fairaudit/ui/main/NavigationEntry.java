package org.fairaudit.ui.main;

import java.util.Objects;
import java.util.function.Supplier;
import org.fairaudit.ui.common.Screen;
import org.kordamp.ikonli.Ikon;

/**
 * One place in the main window's navigation. Its screen is built the first time it is shown, so that opening the
 * window builds (and loads the data of) the first screen only.
 */
public final class NavigationEntry {
    private final String titleKey;
    private final Ikon icon;
    private final Supplier<? extends Screen> factory;
    private Screen screen;

    /**
     * @param titleKey bundle key of the title shown in the navigation, e.g. {@code main.nav.suppliers}
     * @param icon     an Ikonli icon, e.g. {@code MaterialDesignF.FACTORY}
     * @param factory  builds the screen shown when the entry is selected; called once, on the JavaFX thread
     */
    public NavigationEntry(String titleKey, Ikon icon, Supplier<? extends Screen> factory) {
        this.titleKey = Objects.requireNonNull(titleKey, "titleKey");
        this.icon = Objects.requireNonNull(icon, "icon");
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    public String titleKey() {
        return titleKey;
    }

    public Ikon icon() {
        return icon;
    }

    /** The screen, built on the first call. */
    public Screen screen() {
        if (screen == null) {
            screen = Objects.requireNonNull(factory.get(), "screen");
        }
        return screen;
    }

    /** Whether the screen has been built, i.e. shown at least once. */
    public boolean isBuilt() {
        return screen != null;
    }
}
