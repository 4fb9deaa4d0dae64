package org.fairaudit.ui.common;

/**
 * Where a ViewModel sends a failure it cannot handle itself. The application's reporter logs it once and shows
 * the user a plain, localised message; tests record what was reported.
 */
@FunctionalInterface
public interface ErrorReporter {
    void report(Throwable error);
}
