package org.fairaudit.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A breach (or good practice) found at a supplier.
 *
 * @param auditId          the audit it came from, or {@code null} for findings filed outside an audit
 * @param workersAffected  number of workers affected, or {@code null} when unknown
 * @param workerPseudonyms pseudonym codes of the workers concerned; confidential, never exported by default
 */
public record Finding(
        UUID id,
        UUID supplierId,
        UUID auditId,
        List<RequirementKey> requirements,
        Severity severity,
        String description,
        String evidence,
        Integer workersAffected,
        Scope scope,
        Set<ForcedLabourIndicator> indicators,
        String rootCause,
        FindingStatus status,
        LocalDate raisedOn,
        String workerPseudonyms,
        long version) {

    public Finding {
        requirements = List.copyOf(requirements);
        // in declaration order, so that the JSON of a record (change log, packages) is always the same
        indicators = Collections.unmodifiableSet(indicators.isEmpty() ? EnumSet.noneOf(ForcedLabourIndicator.class)
                : EnumSet.copyOf(indicators));
    }

    /** Ids and classification only: descriptions and pseudonyms must never reach a log through a record. */
    @Override
    public String toString() {
        return "Finding[id=" + id + ", supplierId=" + supplierId + ", auditId=" + auditId + ", requirements="
                + requirements + ", severity=" + severity + ", status=" + status + ", version=" + version + "]";
    }

    public boolean isOpenZeroTolerance() {
        return severity == Severity.ZERO_TOLERANCE && status.isOpen();
    }
}
