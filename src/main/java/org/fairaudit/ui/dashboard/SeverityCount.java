package org.fairaudit.ui.dashboard;

import org.fairaudit.domain.Severity;

/** Open findings of one severity, a bar of the dashboard chart. */
public record SeverityCount(Severity severity, int count) {
}
