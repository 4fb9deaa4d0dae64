package org.fairaudit.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.ForcedLabourRisk;
import org.fairaudit.domain.Grade;
import org.fairaudit.domain.Scope;
import org.fairaudit.domain.Severity;
import org.fairaudit.domain.Supplier;

/** The rows of the portfolio workbook, as the database streams them. No confidential field is among them. */
public final class PortfolioRows {
    private PortfolioRows() {
    }

    /**
     * One supplier with its figures.
     *
     * @param grade          grade of the latest submitted or accepted audit, empty when there is none (or it has none)
     * @param gradedAuditOn  start date of that audit
     * @param openBySeverity open findings by severity (every severity present)
     * @param feesOwed       recruitment fees still owed to workers, per currency
     */
    public record SupplierLine(Supplier supplier, Optional<Grade> grade, LocalDate gradedAuditOn,
                               Map<Severity, Integer> openBySeverity, int overdueActions, ForcedLabourRisk risk,
                               Map<String, BigDecimal> feesOwed) {
    }

    /** @param requirements {@code code:ref} of the breached requirements, in the finding's order */
    public record FindingLine(UUID id, String supplierName, String country, LocalDate auditStart, LocalDate raisedOn,
                              List<String> requirements, Severity severity, FindingStatus status, String description,
                              String evidence, Integer workersAffected, Scope scope,
                              Set<ForcedLabourIndicator> indicators, String rootCause) {
    }

    public record ActionLine(UUID findingId, String supplierName, String country, Severity severity,
                             String findingDescription, String action, String owner, LocalDate dueDate,
                             ActionStatus status, String verificationMethod, LocalDate verifiedOn, String verifier) {
        public boolean isOverdue(LocalDate today) {
            return status.isOpen() && dueDate != null && dueDate.isBefore(today);
        }
    }

    /** Findings per supplier country and crosswalk topic: a finding counts once per topic it touches. */
    public record CountryTopicCounts(Map<String, Map<String, Integer>> byCountry) {
    }
}
