package org.fairaudit.ui.main;

import java.util.Objects;
import org.fairaudit.ui.common.Screen;
import org.kordamp.ikonli.Ikon;

/**
 * One place in the main window's navigation.
 *
 * @param titleKey bundle key of the title shown in the navigation, e.g. {@code main.nav.suppliers}
 * @param icon     an Ikonli icon, e.g. {@code MaterialDesignF.FACTORY}
 * @param screen   the screen shown when the entry is selected
 */
public record NavigationEntry(String titleKey, Ikon icon, Screen screen) {
    public NavigationEntry {
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(screen, "screen");
    }
}
