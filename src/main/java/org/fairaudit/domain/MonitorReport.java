package org.fairaudit.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An allegation about a supplier filed by a union or NGO monitor outside any audit.
 *
 * @param evidence         the monitor's notes on the evidence; files are attachments owned by the report
 * @param workersAffected  number of workers affected, or {@code null} when unknown
 * @param reporterIdentity who reported it; confidential
 * @param workerPseudonyms pseudonym codes of the workers concerned; confidential
 * @param confidential     whether reporter identity and pseudonyms stay out of exports unless explicitly included
 * @param filedBy          the monitor's profile id: a monitor sees and edits only the reports it filed
 */
public record MonitorReport(
        UUID id,
        UUID supplierId,
        String filingOrganisation,
        LocalDate filedOn,
        String allegation,
        String evidence,
        Integer workersAffected,
        List<RequirementKey> requirements,
        Set<ForcedLabourIndicator> indicators,
        String reporterIdentity,
        String workerPseudonyms,
        boolean confidential,
        MonitorReportStatus status,
        UUID filedBy,
        long version) {

    public MonitorReport {
        requirements = List.copyOf(requirements);
        indicators = Set.copyOf(indicators);
    }

    /** A new report: received, and confidential unless the reporter agrees otherwise. */
    public static MonitorReport draft(UUID filedBy, LocalDate today) {
        return new MonitorReport(UUID.randomUUID(), null, "", today, "", "", null, List.of(), Set.of(), "", "", true,
                MonitorReportStatus.RECEIVED, filedBy, 0);
    }

    public MonitorReport withStatus(MonitorReportStatus newStatus) {
        return new MonitorReport(id, supplierId, filingOrganisation, filedOn, allegation, evidence, workersAffected,
                requirements, indicators, reporterIdentity, workerPseudonyms, confidential, newStatus, filedBy, version);
    }

    /** Ids and classification only: allegations and identities must never reach a log through a record. */
    @Override
    public String toString() {
        return "MonitorReport[id=" + id + ", supplierId=" + supplierId + ", status=" + status + ", filedBy=" + filedBy
                + ", version=" + version + "]";
    }
}
