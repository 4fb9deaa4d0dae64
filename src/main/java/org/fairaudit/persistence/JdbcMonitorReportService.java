package org.fairaudit.persistence;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.Attachment;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingDrafts;
import org.fairaudit.domain.MonitorReport;
import org.fairaudit.domain.MonitorReportStatus;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Requirement;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.ReviewEvent;
import org.fairaudit.domain.Violation;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.AccessDeniedException;
import org.fairaudit.service.CodeService;
import org.fairaudit.service.LinkedFinding;
import org.fairaudit.service.MonitorReportRow;
import org.fairaudit.service.MonitorReportService;
import org.fairaudit.service.ProfileService;
import org.fairaudit.service.TransitionRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Monitor reports. Ownership is checked here, beside the permission: a profile without READ_ALL_MONITOR_REPORTS
 * reaches only the reports it filed, and no report reveals the audits behind the findings linked to it.
 */
public final class JdbcMonitorReportService implements MonitorReportService {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcMonitorReportService.class);

    private final Jdbc jdbc;
    private final ProfileService profiles;
    private final CodeService codes;
    private final AttachmentStore attachments;

    public JdbcMonitorReportService(Database database, ProfileService profiles, CodeService codes) {
        this.jdbc = Jdbc.stampedBy(database, profiles);
        this.profiles = profiles;
        this.codes = codes;
        this.attachments = new AttachmentStore(jdbc);
    }

    /** The signed-in reader: every report with READ_ALL_MONITOR_REPORTS, else a monitor's own. */
    private Profile reader() {
        return profiles.may(Permission.READ_ALL_MONITOR_REPORTS)
                ? profiles.require(Permission.READ_ALL_MONITOR_REPORTS)
                : profiles.require(Permission.FILE_MONITOR_REPORTS);
    }

    private boolean readsAll() {
        return profiles.may(Permission.READ_ALL_MONITOR_REPORTS);
    }

    @Override
    public List<MonitorReportRow> list() {
        Profile reader = reader();
        return jdbc.read(tx -> readsAll()
                ? MonitorReportTable.INSTANCE.rows(tx, "1 = 1")
                : MonitorReportTable.INSTANCE.rows(tx, "m.filed_by = ?", reader.id()));
    }

    @Override
    public Optional<MonitorReport> find(UUID reportId) {
        Profile reader = reader();
        return jdbc.read(tx -> MonitorReportTable.INSTANCE.find(tx, reportId))
                .filter(report -> readsAll() || report.filedBy().equals(reader.id()));
    }

    /** The report, if the reader may read it; another monitor's report is refused, not merely absent. */
    private MonitorReport readable(Tx tx, Profile reader, UUID reportId) throws SQLException {
        MonitorReport report = MonitorReportTable.INSTANCE.find(tx, reportId)
                .orElseThrow(() -> new NoSuchElementException("No monitor report " + reportId));
        if (!readsAll() && !report.filedBy().equals(reader.id())) {
            throw new AccessDeniedException(Permission.READ_ALL_MONITOR_REPORTS);
        }
        return report;
    }

    @Override
    public MonitorReport save(MonitorReport report) {
        Profile filer = profiles.require(Permission.FILE_MONITOR_REPORTS);
        Validations.requireNone(validate(report));
        MonitorReport saved = jdbc.write(tx -> {
            if (report.version() == 0) {
                return tx.save(MonitorReportTable.INSTANCE, new MonitorReport(report.id(), report.supplierId(),
                        report.filingOrganisation(), report.filedOn(), report.allegation(), report.evidence(),
                        report.workersAffected(), report.requirements(), report.indicators(),
                        report.reporterIdentity(), report.workerPseudonyms(), report.confidential(),
                        MonitorReportStatus.RECEIVED, filer.id(), 0));
            }
            MonitorReport stored = ownEditable(tx, filer, report.id());
            // status and filer are the review's and the filing's, whatever the edited copy says
            return tx.save(MonitorReportTable.INSTANCE, new MonitorReport(report.id(), report.supplierId(),
                    report.filingOrganisation(), report.filedOn(), report.allegation(), report.evidence(),
                    report.workersAffected(), report.requirements(), report.indicators(), report.reporterIdentity(),
                    report.workerPseudonyms(), report.confidential(), stored.status(), stored.filedBy(),
                    report.version()));
        });
        LOG.info("Saved monitor report {} (version {})", saved.id(), saved.version());
        return saved;
    }

    /** One's own report, still open to the filer's edits (received, not yet taken up by a reviewer). */
    private static MonitorReport ownEditable(Tx tx, Profile filer, UUID reportId) throws SQLException {
        MonitorReport stored = MonitorReportTable.INSTANCE.find(tx, reportId)
                .orElseThrow(() -> new NoSuchElementException("No monitor report " + reportId));
        if (!stored.filedBy().equals(filer.id())) {
            throw new AccessDeniedException(Permission.FILE_MONITOR_REPORTS);
        }
        if (stored.status() != MonitorReportStatus.RECEIVED) {
            throw new TransitionRefusedException("monitor.error.inReview");
        }
        return stored;
    }

    static List<Violation> validate(MonitorReport report) {
        List<Violation> violations = new ArrayList<>();
        if (report.supplierId() == null) {
            violations.add(new Violation("supplierId", "validation.required"));
        }
        if (isBlank(report.filingOrganisation())) {
            violations.add(new Violation("filingOrganisation", "validation.required"));
        }
        if (report.filedOn() == null) {
            violations.add(new Violation("filedOn", "validation.required"));
        }
        if (isBlank(report.allegation())) {
            violations.add(new Violation("allegation", "validation.required"));
        }
        if (report.workersAffected() != null && report.workersAffected() < 0) {
            violations.add(new Violation("workersAffected", "monitor.validation.notNegative"));
        }
        return violations;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    @Override
    public Attachment addAttachment(UUID reportId, Path file) {
        Profile filer = profiles.require(Permission.FILE_MONITOR_REPORTS);
        Attachment attachment = attachments.add(reportId, file, tx -> {
            MonitorReport stored = MonitorReportTable.INSTANCE.find(tx, reportId)
                    .orElseThrow(() -> new NoSuchElementException("No monitor report " + reportId));
            if (!stored.filedBy().equals(filer.id())) {
                throw new AccessDeniedException(Permission.FILE_MONITOR_REPORTS);
            }
        });
        LOG.info("Attachment {} added to monitor report {} ({} bytes)", attachment.id(), reportId, attachment.size());
        return attachment;
    }

    @Override
    public List<Attachment> attachments(UUID reportId) {
        Profile reader = reader();
        jdbc.read(tx -> readable(tx, reader, reportId));
        return attachments.ofOwner(reportId);
    }

    @Override
    public byte[] attachmentBytes(UUID reportId, UUID attachmentId) {
        Profile reader = reader();
        boolean ofReport = jdbc.read(tx -> {
            readable(tx, reader, reportId);
            return tx.count("SELECT COUNT(*) AS n FROM attachment WHERE id = ? AND owner_id = ?", attachmentId,
                    reportId) == 1;
        });
        if (!ofReport) {
            throw new NoSuchElementException("No attachment " + attachmentId + " of monitor report " + reportId);
        }
        return attachments.bytes(attachmentId);
    }

    @Override
    public List<ReviewEvent<MonitorReportStatus>> history(UUID reportId) {
        Profile reader = reader();
        return jdbc.read(tx -> {
            readable(tx, reader, reportId);
            return ReviewEventTable.MONITOR_REPORTS.of(tx, reportId);
        });
    }

    @Override
    public MonitorReport changeStatus(UUID reportId, MonitorReportStatus target, String comment) {
        Profile reviewer = profiles.require(Permission.REVIEW_MONITOR_REPORTS);
        if (isBlank(comment)) {
            Validations.requireNone(List.of(new Violation("comment", "validation.required")));
        }
        MonitorReport changed = jdbc.write(tx -> {
            MonitorReport stored = MonitorReportTable.INSTANCE.find(tx, reportId)
                    .orElseThrow(() -> new NoSuchElementException("No monitor report " + reportId));
            if (!stored.status().canMoveTo(target)) {
                throw new TransitionRefusedException("monitor.error.transition", Messages.of(stored.status()),
                        Messages.of(target));
            }
            tx.save(ReviewEventTable.MONITOR_REPORTS, new ReviewEvent<>(UUID.randomUUID(), reportId, stored.status(),
                    target, comment.strip(), reviewer.id(), reviewer.name(), null));
            return tx.save(MonitorReportTable.INSTANCE, stored.withStatus(target));
        });
        LOG.info("Monitor report {} moved to {}", reportId, target);
        return changed;
    }

    @Override
    public Finding draftFinding(UUID reportId, LocalDate today) {
        profiles.require(Permission.REVIEW_MONITOR_REPORTS);
        MonitorReport report = jdbc.read(tx -> MonitorReportTable.INSTANCE.find(tx, reportId))
                .orElseThrow(() -> new NoSuchElementException("No monitor report " + reportId));
        return FindingDrafts.fromMonitorReport(report, requirements(report.requirements()), today);
    }

    /** The named requirements as the newest versions of their codes define them; unknown refs are skipped. */
    private List<Requirement> requirements(List<RequirementKey> keys) {
        List<CodeOfConduct> all = codes.codes();
        List<Requirement> found = new ArrayList<>();
        for (RequirementKey key : keys) {
            all.stream().filter(code -> code.id().equals(key.codeId()))
                    .flatMap(code -> code.requirements().filter(r -> r.ref().equals(key.ref())))
                    .findFirst().ifPresent(found::add);
        }
        return found;
    }

    @Override
    public void linkFinding(UUID reportId, UUID findingId) {
        profiles.require(Permission.REVIEW_MONITOR_REPORTS);
        jdbc.write(tx -> {
            MonitorReport report = MonitorReportTable.INSTANCE.find(tx, reportId)
                    .orElseThrow(() -> new NoSuchElementException("No monitor report " + reportId));
            if (report.status() != MonitorReportStatus.SUBSTANTIATED) {
                throw new TransitionRefusedException("monitor.error.linkUnsubstantiated");
            }
            Finding finding = FindingTable.INSTANCE.find(tx, findingId)
                    .orElseThrow(() -> new NoSuchElementException("No finding " + findingId));
            if (!finding.supplierId().equals(report.supplierId())) {
                throw new TransitionRefusedException("monitor.error.linkOtherSupplier");
            }
            FindingLinkTable.Link link = FindingLinkTable.INSTANCE.find(tx, findingId).orElseThrow();
            if (link.monitorReportId() != null && !link.monitorReportId().equals(reportId)) {
                throw new TransitionRefusedException("monitor.error.linkedElsewhere");
            }
            return tx.save(FindingLinkTable.INSTANCE, new FindingLinkTable.Link(findingId, reportId,
                    link.findingVersion()));
        });
        LOG.info("Finding {} linked to monitor report {}", findingId, reportId);
    }

    @Override
    public List<LinkedFinding> linkedFindings(UUID reportId) {
        Profile reader = reader();
        return jdbc.read(tx -> {
            readable(tx, reader, reportId);
            List<Finding> linked = FindingTable.INSTANCE.where(tx, "f.monitor_report_id = ?", reportId);
            List<LinkedFinding> outcome = new ArrayList<>();
            for (Finding f : linked) {
                int open = tx.count("SELECT COUNT(*) AS n FROM corrective_action WHERE finding_id = ? AND status IN "
                        + ActionTable.OPEN, f.id());
                outcome.add(new LinkedFinding(f.id(), f.requirements(), f.severity(), f.status(), open));
            }
            return outcome;
        });
    }

    @Override
    public List<Finding> linkableFindings(UUID reportId) {
        profiles.require(Permission.REVIEW_MONITOR_REPORTS);
        return jdbc.read(tx -> {
            MonitorReport report = MonitorReportTable.INSTANCE.find(tx, reportId)
                    .orElseThrow(() -> new NoSuchElementException("No monitor report " + reportId));
            return FindingTable.INSTANCE.where(tx, "f.supplier_id = ? AND f.monitor_report_id IS NULL",
                    report.supplierId());
        });
    }
}
