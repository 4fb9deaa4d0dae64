package org.fairaudit.ui.finding;

import javafx.scene.control.Label;
import org.fairaudit.i18n.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** The mark on every confidential field: a lock and "Confidential — never exported unless you choose". */
public final class ConfidentialBadge {
    private ConfidentialBadge() {
    }

    public static Label create() {
        Label badge = new Label(Messages.get("finding.confidential"), new FontIcon(MaterialDesignL.LOCK));
        badge.getStyleClass().add(FindingStyles.CONFIDENTIAL);
        return badge;
    }
}
