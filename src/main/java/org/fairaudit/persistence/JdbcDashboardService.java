package org.fairaudit.persistence;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fairaudit.domain.AuditRater;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.ForcedLabourRisk;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Severity;
import org.fairaudit.service.CodeService;
import org.fairaudit.service.DashboardService;
import org.fairaudit.service.DashboardSummary;
import org.fairaudit.service.ProfileService;

public final class JdbcDashboardService implements DashboardService {
    private static final String OPEN_FINDING = EnumSql.inList(FindingStatus.class, FindingStatus::isOpen);

    /** Indicators named on findings, as (finding, supplier, severity, status, indicator). */
    private static final String NAMED_INDICATORS = "SELECT f.id, f.supplier_id, f.severity, f.status,"
            + " c.indicator FROM finding_indicator c JOIN finding f ON f.id = c.finding_id"
            + " WHERE f.severity <> 'GOOD_PRACTICE'";

    /**
     * Breached requirements that test an indicator in some stored code version. Starts from the few requirements
     * with an indicator and joins towards findings: set-based, no per-finding subquery.
     */
    private static final String BREACHED_INDICATOR_REQUIREMENTS = "SELECT DISTINCT f.id, f.supplier_id, f.severity,"
            + " f.status, c.code_id, c.requirement_ref FROM requirement q"
            + " JOIN finding_requirement c ON c.code_id = q.code_id AND c.requirement_ref = q.ref"
            + " JOIN finding f ON f.id = c.finding_id"
            + " WHERE q.indicator IS NOT NULL AND f.severity <> 'GOOD_PRACTICE'";

    private final Jdbc jdbc;
    private final ProfileService profiles;
    private final CodeService codes;

    public JdbcDashboardService(Database database, ProfileService profiles, CodeService codes) {
        this.jdbc = new Jdbc(database, () -> null);
        this.profiles = profiles;
        this.codes = codes;
    }

    @Override
    public DashboardSummary summary(LocalDate today) {
        profiles.require(Permission.READ_FINDINGS);
        return jdbc.read(tx -> {
            Map<Severity, Integer> openBySeverity = new EnumMap<>(Severity.class);
            for (Severity severity : Severity.values()) {
                openBySeverity.put(severity, 0);
            }
            tx.scan("SELECT severity, COUNT(*) AS n FROM finding WHERE status IN " + OPEN_FINDING
                    + " GROUP BY severity", row -> {
                        openBySeverity.put(row.enumValue(Severity.class, "severity"), row.integer("n"));
                        return true;
                    });
            int overdue = tx.count("SELECT COUNT(*) AS n FROM corrective_action WHERE status IN " + ActionTable.OPEN
                    + " AND due_date < ?", today);
            int inProgress = tx.count("SELECT COUNT(*) AS n FROM audit WHERE status = ?", AuditStatus.IN_PROGRESS);
            int suppliers = tx.count("SELECT COUNT(*) AS n FROM supplier");
            return new DashboardSummary(openBySeverity, overdue, inProgress, suppliers,
                    suppliersWithForcedLabourRisk(tx));
        });
    }

    /** Names, sorted, of suppliers whose findings amount to at least a possible forced-labour risk. */
    private List<String> suppliersWithForcedLabourRisk(Tx tx) throws SQLException {
        Map<UUID, EvidenceOfFinding> evidence = new HashMap<>();
        tx.scan(NAMED_INDICATORS, row -> {
            EvidenceOfFinding.in(evidence, row).indicators.add(ForcedLabourIndicator.fromId(row.string("indicator")));
            return true;
        });
        tx.scan(BREACHED_INDICATOR_REQUIREMENTS, row -> {
            EvidenceOfFinding.in(evidence, row).requirements
                    .add(new RequirementKey(row.string("code_id"), row.string("requirement_ref")));
            return true;
        });
        if (evidence.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Finding>> bySupplier = new HashMap<>();
        evidence.forEach((id, found) ->
                bySupplier.computeIfAbsent(found.supplierId, s -> new ArrayList<>()).add(found.toFinding(id)));
        Map<UUID, String> supplierNames = new HashMap<>();
        tx.scan("SELECT id, name FROM supplier", row -> {
            supplierNames.put(row.uuid("id"), row.string("name"));
            return true;
        });
        List<String> names = new ArrayList<>();
        bySupplier.forEach((supplierId, findings) -> {
            if (AuditRater.forcedLabourRisk(codes.codes(), findings).level() != ForcedLabourRisk.Level.NONE) {
                names.add(supplierNames.get(supplierId));
            }
        });
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return names;
    }

    /** What the rater reads of a finding: supplier, severity, status, indicator-bearing requirements, indicators. */
    private static final class EvidenceOfFinding {
        final UUID supplierId;
        final Severity severity;
        final FindingStatus status;
        final List<RequirementKey> requirements = new ArrayList<>();
        final Set<ForcedLabourIndicator> indicators = EnumSet.noneOf(ForcedLabourIndicator.class);

        private EvidenceOfFinding(UUID supplierId, Severity severity, FindingStatus status) {
            this.supplierId = supplierId;
            this.severity = severity;
            this.status = status;
        }

        /** The evidence of the finding in the current row, added to {@code byFinding} when first met. */
        static EvidenceOfFinding in(Map<UUID, EvidenceOfFinding> byFinding, Row row) throws SQLException {
            UUID id = row.uuid("id");
            EvidenceOfFinding found = byFinding.get(id);
            if (found == null) {
                found = new EvidenceOfFinding(row.uuid("supplier_id"), row.enumValue(Severity.class, "severity"),
                        row.enumValue(FindingStatus.class, "status"));
                byFinding.put(id, found);
            }
            return found;
        }

        /** A finding holding only these fields; the rest is left empty because the rater does not read it. */
        Finding toFinding(UUID id) {
            return new Finding(id, supplierId, null, requirements, severity, "", "", null, null, indicators, "",
                    status, null, "", 0);
        }
    }
}
