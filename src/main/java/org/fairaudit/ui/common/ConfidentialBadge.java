package org.fairaudit.ui.common;

import javafx.scene.control.Label;
import org.fairaudit.i18n.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** The mark on every confidential field: a lock and "Confidential — never exported unless you choose". */
public final class ConfidentialBadge {
    private ConfidentialBadge() {
    }

    public static Label create() {
        Label badge = new Label(Messages.get("confidential.badge"), new FontIcon(MaterialDesignL.LOCK));
        badge.getStyleClass().add(AppStyles.CONFIDENTIAL);
        return badge;
    }
}
