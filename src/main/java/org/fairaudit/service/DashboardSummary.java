package org.fairaudit.service;

import java.util.List;
import java.util.Map;
import org.fairaudit.domain.Severity;

/** The counts that matter to a compliance team. */
public record DashboardSummary(
        Map<Severity, Integer> openFindingsBySeverity,
        int overdueActions,
        int auditsInProgress,
        int suppliers,
        List<String> suppliersWithForcedLabourRisk) {
}
