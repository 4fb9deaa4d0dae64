package org.fairaudit.excel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.AuditRating;
import org.fairaudit.domain.AuditReport;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.domain.FindingWithActions;
import org.fairaudit.domain.RecruitmentAgency;
import org.fairaudit.domain.Response;
import org.fairaudit.domain.Supplier;
import org.fairaudit.domain.WorkforceProfile;

/**
 * SHA-256 over the canonical form of the audit data a report shows. Who generated it, when, and with which
 * FairAudit version are left out, so the same data always gives the same digest. Give it the redacted
 * report: confidential fields that are not in the workbook are not hashed either (hashes of short texts
 * such as pseudonyms could be guessed back).
 */
final class ReportDigest {
    private ReportDigest() {
    }

    /** The data part of {@link AuditReport}, in its order, and whether confidential fields are part of it. */
    private record ReportData(
            Supplier supplier, WorkforceProfile workforce, List<RecruitmentAgency> agencies, Audit audit,
            List<CodeOfConduct> codes, List<Response> responses, List<FindingWithActions> findings,
            AuditRating rating, Crosswalk crosswalk, boolean includeConfidential) {
    }

    /** @param confidentialIncluded whether {@code report} still holds the confidential fields */
    static String sha256(AuditReport report, boolean confidentialIncluded) {
        MessageDigest sha256 = newSha256();
        ReportData data = new ReportData(report.supplier(), report.workforce(), report.agencies(), report.audit(),
                report.codes(), report.responses(), report.findings(), report.rating(), report.crosswalk(),
                confidentialIncluded);
        CanonicalForm.write(data, part -> sha256.update(part.getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
