package org.fairaudit.persistence;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fairaudit.domain.AuditRater;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.ForcedLabourRisk;
import org.fairaudit.domain.Severity;
import org.fairaudit.service.CodeService;
import org.fairaudit.service.DashboardService;
import org.fairaudit.service.DashboardSummary;

public final class JdbcDashboardService implements DashboardService {
    private static final String OPEN_FINDING = EnumSql.inList(FindingStatus.class, FindingStatus::isOpen);

    /**
     * Findings that may evidence a forced-labour indicator: they name one, or breach a requirement that tests one
     * (in any stored code version). AuditRater then decides with the newest code versions.
     */
    private static final String MAY_EVIDENCE_FORCED_LABOUR = "f.severity <> 'GOOD_PRACTICE' AND ("
            + "EXISTS (SELECT 1 FROM finding_indicator fi WHERE fi.finding_id = f.id)"
            + " OR EXISTS (SELECT 1 FROM finding_requirement fr JOIN requirement q ON q.code_id = fr.code_id"
            + " AND q.ref = fr.requirement_ref WHERE fr.finding_id = f.id AND q.indicator IS NOT NULL))";

    private final Jdbc jdbc;
    private final CodeService codes;

    public JdbcDashboardService(Database database, CodeService codes) {
        this.jdbc = new Jdbc(database, () -> null);
        this.codes = codes;
    }

    @Override
    public DashboardSummary summary(LocalDate today) {
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
        Map<UUID, List<Finding>> bySupplier = new LinkedHashMap<>();
        for (Finding finding : FindingTable.INSTANCE.where(tx, MAY_EVIDENCE_FORCED_LABOUR)) {
            bySupplier.computeIfAbsent(finding.supplierId(), id -> new ArrayList<>()).add(finding);
        }
        if (bySupplier.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> supplierNames = new HashMap<>();
        tx.scan("SELECT id, name FROM supplier", row -> {
            supplierNames.put(row.uuid("id"), row.string("name"));
            return true;
        });
        List<String> names = new ArrayList<>();
        for (Map.Entry<UUID, List<Finding>> entry : bySupplier.entrySet()) {
            ForcedLabourRisk risk = AuditRater.forcedLabourRisk(codes.codes(), entry.getValue());
            if (risk.level() != ForcedLabourRisk.Level.NONE) {
                names.add(supplierNames.get(entry.getKey()));
            }
        }
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return names;
    }
}
