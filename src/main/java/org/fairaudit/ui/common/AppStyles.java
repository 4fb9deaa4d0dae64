package org.fairaudit.ui.common;

/** Style-class names defined in {@code css/app.css}; views use these constants, never string literals. */
public final class AppStyles {
    public static final String NAVIGATION = "fa-navigation";
    public static final String STATUS_BAR = "fa-status-bar";
    /** A link that warns: danger colours for text and icon. */
    public static final String WARNING_LINK = "fa-warning-link";
    public static final String SCREEN = "fa-screen";
    public static final String SCREEN_TITLE = "fa-screen-title";
    public static final String CARD = "fa-card";
    public static final String CARD_VALUE = "fa-card-value";
    public static final String CARD_LABEL = "fa-card-label";
    public static final String CARD_DANGER = "fa-card-danger";
    public static final String CARD_WARNING = "fa-card-warning";
    public static final String EMPTY_STATE = "fa-empty-state";
    public static final String FIELD_MESSAGE = "fa-field-message";
    /** A confidential field and its badge: never exported unless the user chooses. */
    public static final String CONFIDENTIAL = "fa-confidential";
    public static final String FORM = "fa-form";
    public static final String BANNER_WARNING = "fa-banner-warning";
    public static final String DETAIL_HEADING = "fa-detail-heading";
    public static final String MUTED = "fa-muted";
    public static final String CONFLICT_FIELDS = "fa-conflict-fields";
    public static final String FINGERPRINT = "fa-fingerprint";
    public static final String TASK = "fa-task";
    /** A bar chart of zero-tolerance, major and minor counts, in that order: bars coloured by severity. */
    public static final String SEVERITY_CHART = "fa-severity-chart";

    private AppStyles() {
    }
}
