package org.fairaudit.ui.finding;

import java.util.Locale;
import org.fairaudit.domain.Severity;

/** Style classes of resources/css/checklist.css used by finding views (and the checklist). */
public final class FindingStyles {
    public static final String STYLESHEET = "/css/checklist.css";
    public static final String CONTAINMENT = "containment";
    public static final String OVERDUE = "overdue";

    private FindingStyles() {
    }

    /** {@code severity-zero-tolerance}, {@code severity-major}, ... */
    public static String of(Severity severity) {
        return "severity-" + severity.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String stylesheet() {
        return FindingStyles.class.getResource(STYLESHEET).toExternalForm();
    }
}
