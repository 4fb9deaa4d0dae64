package org.fairaudit.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The look of the application: an AtlantaFX theme as the user-agent stylesheet, then {@code css/app.css},
 * whose rules use the theme's looked-up colours so they follow light and dark alike.
 */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet()),
    DARK(new PrimerDark().getUserAgentStylesheet());

    private static final String APP_CSS =
            Objects.requireNonNull(Theme.class.getResource("/css/app.css"), "css/app.css").toExternalForm();

    private final String userAgentStylesheet;

    Theme(String userAgentStylesheet) {
        this.userAgentStylesheet = userAgentStylesheet;
    }

    /** Applies the theme to the whole application and adds the app stylesheet to {@code scene}. */
    public void apply(Scene scene) {
        useForApplication();
        addAppStylesheet(scene);
    }

    /**
     * Makes the theme the application's user-agent stylesheet, which JavaFX parses at once: called at start-up while
     * the database opens, so that the first window does not wait for the parse.
     */
    public void useForApplication() {
        Application.setUserAgentStylesheet(userAgentStylesheet);
    }

    /** For scenes the application does not create itself, such as the popups of ControlsFX controls. */
    public static void addAppStylesheet(Scene scene) {
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
    }
}
