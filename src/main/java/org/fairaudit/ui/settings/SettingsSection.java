package org.fairaudit.ui.settings;

import javafx.scene.Node;

/** One titled section of the Settings screen; features add their own. */
public interface SettingsSection {
    /** Bundle key of the section title. */
    String titleKey();

    Node content();

    /** Called each time Settings is shown. */
    void refresh();
}
