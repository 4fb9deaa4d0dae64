package org.fairaudit.domain;

import java.time.Instant;
import java.util.List;

/**
 * Everything an audit report shows, gathered in one place so that writers need no database.
 * Confidential fields (response interview notes, finding worker pseudonyms) are still present here;
 * a writer leaves them out unless the export was asked to include them.
 *
 * @param workforce  the supplier's workforce profile, or {@code null} when none was recorded
 * @param appVersion FairAudit version that produced the report
 */
public record AuditReport(
        Supplier supplier,
        WorkforceProfile workforce,
        List<RecruitmentAgency> agencies,
        List<RecruitmentFee> fees,
        Audit audit,
        List<CodeOfConduct> codes,
        List<Response> responses,
        List<FindingWithActions> findings,
        AuditRating rating,
        Crosswalk crosswalk,
        Profile generatedBy,
        Instant generatedAt,
        String appVersion) {

    public AuditReport {
        agencies = List.copyOf(agencies);
        fees = List.copyOf(fees);
        codes = List.copyOf(codes);
        responses = List.copyOf(responses);
        findings = List.copyOf(findings);
    }
}
