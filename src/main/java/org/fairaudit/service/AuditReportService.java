package org.fairaudit.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.AuditReport;
import org.fairaudit.domain.FindingWithActions;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Supplier;
import org.fairaudit.i18n.Messages;

/** Gathers an audit's data into an {@link AuditReport} and hands it to the report writer. */
public final class AuditReportService implements ReportService {
    private final AuditService audits;
    private final SupplierService suppliers;
    private final FeeService fees;
    private final FindingService findings;
    private final CodeService codes;
    private final ProfileService profiles;
    private final AuditReportWriter writer;
    private final String appVersion;
    private final Clock clock;

    public AuditReportService(AuditService audits, SupplierService suppliers, FeeService fees, FindingService findings,
                              CodeService codes, ProfileService profiles, AuditReportWriter writer,
                              String appVersion, Clock clock) {
        this.audits = audits;
        this.suppliers = suppliers;
        this.fees = fees;
        this.findings = findings;
        this.codes = codes;
        this.profiles = profiles;
        this.writer = writer;
        this.appVersion = appVersion;
        this.clock = clock;
    }

    @Override
    public void exportAudit(UUID auditId, Path out, ConfidentialExport confidential, ProgressListener progress) {
        profiles.require(Permission.EXPORT_AUDIT_REPORTS);
        try {
            progress.progress(0, 1, Messages.get("report.gathering"));
            writer.write(gather(auditId), out, confidential, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("report.writeFailed", out), e);
        } finally {
            confidential.wipe();
        }
    }

    AuditReport gather(UUID auditId) {
        Audit audit = audits.find(auditId)
                .orElseThrow(() -> new NoSuchElementException(Messages.get("report.noSuchAudit", auditId)));
        Supplier supplier = suppliers.find(audit.supplierId())
                .orElseThrow(() -> new NoSuchElementException(Messages.get("report.noSuchSupplier", audit.supplierId())));
        List<FindingWithActions> auditFindings = findings.findingsOfAudit(auditId).stream()
                .map(f -> new FindingWithActions(f, findings.actions(f.id())))
                .toList();
        Profile author = profiles.current()
                .orElseThrow(() -> new IllegalStateException(Messages.get("report.noProfile")));
        return new AuditReport(supplier, suppliers.latestWorkforce(supplier.id()).orElse(null),
                suppliers.agencies(supplier.id()), fees.fees(supplier.id()), audit, audits.codesOf(audit), audits.responses(auditId),
                auditFindings, audits.rating(auditId), codes.crosswalk(), author, clock.instant(), appVersion);
    }
}
