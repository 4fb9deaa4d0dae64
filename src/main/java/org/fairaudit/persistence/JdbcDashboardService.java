package org.fairaudit.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fairaudit.domain.AuditRater;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Severity;
import org.fairaudit.service.CodeService;
import org.fairaudit.service.DashboardService;
import org.fairaudit.service.DashboardSummary;
import org.fairaudit.service.ProfileService;

public final class JdbcDashboardService implements DashboardService {
    private static final String OPEN_FINDING = EnumSql.inList(FindingStatus.class, FindingStatus::isOpen);

    static final String OPEN_BY_SEVERITY = "SELECT severity, COUNT(*) AS n FROM finding WHERE status IN "
            + OPEN_FINDING + " GROUP BY severity";
    static final String OVERDUE_ACTIONS = "SELECT COUNT(*) AS n FROM corrective_action WHERE status IN "
            + ActionTable.OPEN + " AND due_date < ?";
    static final String AUDITS_IN_STATUS = "SELECT COUNT(*) AS n FROM audit WHERE status = ?";
    static final String SUPPLIERS = "SELECT COUNT(*) AS n FROM supplier";

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
            tx.scan(OPEN_BY_SEVERITY, row -> {
                openBySeverity.put(row.enumValue(Severity.class, "severity"), row.integer("n"));
                return true;
            });
            int overdue = tx.count(OVERDUE_ACTIONS, today);
            int inProgress = tx.count(AUDITS_IN_STATUS, AuditStatus.IN_PROGRESS);
            int suppliers = tx.count(SUPPLIERS);
            Query risk = forcedLabourRiskQuery(codes.codes());
            List<String> names = tx.list(risk.sql(), row -> row.string("name"), risk.args());
            names.sort(String.CASE_INSENSITIVE_ORDER);
            return new DashboardSummary(openBySeverity, overdue, inProgress, suppliers, names);
        });
    }

    /**
     * Names of the suppliers whose findings amount to at least a possible forced-labour risk
     * ({@link AuditRater#forcedLabourRisk}): a finding other than a good practice that names an indicator or
     * breaches a requirement carrying one in the current version of its code. Asked per supplier with joins, so
     * each search stops at the first such finding; {@code finding_supplier_evidence_idx} and
     * {@code finding_requirement_evidence_idx} (V10) answer it without reading a finding's row.
     */
    static Query forcedLabourRiskQuery(List<CodeOfConduct> currentCodes) {
        String findingOfSupplier = "f.supplier_id = s.id AND f.severity <> '" + Severity.GOOD_PRACTICE.name() + "'";
        StringBuilder sql = new StringBuilder("SELECT s.name FROM supplier s WHERE EXISTS (SELECT 1 FROM finding f"
                + " JOIN finding_indicator i ON i.finding_id = f.id WHERE " + findingOfSupplier + ")");
        List<Object> params = new ArrayList<>();
        List<String> breached = new ArrayList<>();
        for (RequirementKey key : indicatorRequirements(currentCodes)) {
            breached.add("(c.code_id = ? AND c.requirement_ref = ?)");
            params.add(key.codeId());
            params.add(key.ref());
        }
        if (!breached.isEmpty()) {
            sql.append(" OR EXISTS (SELECT 1 FROM finding f JOIN finding_requirement c ON c.finding_id = f.id WHERE ")
                    .append(findingOfSupplier).append(" AND (").append(String.join(" OR ", breached)).append("))");
        }
        return new Query(sql.toString(), params);
    }

    /** The requirements that carry an indicator, in the code version the rater reads (the first of each id). */
    private static Set<RequirementKey> indicatorRequirements(List<CodeOfConduct> currentCodes) {
        Set<RequirementKey> keys = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        for (CodeOfConduct code : currentCodes) {
            if (seen.add(code.id())) {
                code.requirements().filter(requirement -> requirement.indicator() != null)
                        .forEach(requirement -> keys.add(new RequirementKey(code.id(), requirement.ref())));
            }
        }
        return keys;
    }
}
