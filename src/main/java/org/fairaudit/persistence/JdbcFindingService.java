package org.fairaudit.persistence;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.Severity;
import org.fairaudit.domain.Violation;
import org.fairaudit.service.FindingFilter;
import org.fairaudit.service.FindingPage;
import org.fairaudit.service.FindingRow;
import org.fairaudit.service.FindingService;
import org.fairaudit.service.ProfileService;

/**
 * Findings and corrective actions. A finding needs a supplier, severity, status and description, and breaches at
 * least one requirement unless it records a good practice,
 * which may stand on its own.
 */
public final class JdbcFindingService implements FindingService {
    private final Jdbc jdbc;
    private final ProfileService profiles;

    public JdbcFindingService(Database database, ProfileService profiles) {
        this.jdbc = Jdbc.stampedBy(database, profiles);
        this.profiles = profiles;
    }

    @Override
    public List<FindingRow> search(FindingFilter filter) {
        profiles.require(Permission.READ_FINDINGS);
        LocalDate today = today(filter);
        List<Object> params = new ArrayList<>();
        String condition = condition(filter, today, params);
        return jdbc.read(tx -> {
            List<FindingRow> rows = tx.list(listQuery(condition, ""), JdbcFindingService::row, prepend(today, params));
            return withChildren(tx, rows, condition, params.toArray());
        });
    }

    @Override
    public FindingPage page(FindingFilter filter, int offset, int limit) {
        profiles.require(Permission.READ_FINDINGS);
        LocalDate today = today(filter);
        List<Object> params = new ArrayList<>();
        String condition = condition(filter, today, params);
        return jdbc.read(tx -> {
            int total = tx.count("SELECT COUNT(*) AS n FROM finding f WHERE " + condition, params.toArray());
            List<Object> pageParams = new ArrayList<>(List.of(prepend(today, params)));
            pageParams.add(limit);
            pageParams.add(offset);
            List<FindingRow> rows = tx.list(listQuery(condition, " LIMIT ? OFFSET ?"), JdbcFindingService::row,
                    pageParams.toArray());
            // the page's children by id: the filter's condition would read the children of every match
            Object[] ids = rows.stream().map(row -> row.finding().id()).toArray();
            String byId = "f.id IN (" + String.join(", ", Collections.nCopies(ids.length, "?")) + ")";
            return new FindingPage(withChildren(tx, rows, byId, ids), offset, total);
        });
    }

    /**
     * Rows matching {@code condition}, newest first, with their supplier's name and their actions' state. A LEFT
     * join (every finding has a supplier) keeps {@code finding} the outer table, so H2 reads it in the order of
     * {@code finding_newest_idx} and stops after a page instead of sorting every match (decision record 0017).
     */
    private static String listQuery(String condition, String window) {
        return "SELECT f.*, s.name AS supplier_name,"
                + " (SELECT COUNT(*) FROM corrective_action a WHERE a.finding_id = f.id"
                + " AND a.status IN " + ActionTable.OPEN + ") AS open_actions,"
                + " (SELECT COUNT(*) FROM corrective_action a WHERE a.finding_id = f.id"
                + " AND a.status IN " + ActionTable.OPEN + " AND a.due_date < ?) AS overdue_actions"
                + " FROM finding f LEFT JOIN supplier s ON s.id = f.supplier_id"
                + " WHERE " + condition + " " + FindingTable.NEWEST_FIRST + window;
    }

    private static FindingRow row(Row row) throws SQLException {
        return new FindingRow(FindingTable.finding(row), row.string("supplier_name"), row.integer("open_actions"),
                row.integer("overdue_actions"));
    }

    /** The rows with their findings' requirements and indicators, read with {@code condition} over {@code f}. */
    private static List<FindingRow> withChildren(Tx tx, List<FindingRow> rows, String condition, Object... params)
            throws SQLException {
        List<Finding> findings = FindingTable.withChildren(tx,
                rows.stream().map(FindingRow::finding).toList(), condition, params);
        List<FindingRow> complete = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            FindingRow row = rows.get(i);
            complete.add(new FindingRow(findings.get(i), row.supplierName(), row.openActions(), row.overdueActions()));
        }
        return complete;
    }

    private static LocalDate today(FindingFilter filter) {
        return filter.today() == null ? LocalDate.now() : filter.today();
    }

    /** SQL over {@code finding f}; a null criterion matches everything. */
    private static String condition(FindingFilter filter, LocalDate today, List<Object> params) {
        StringBuilder sql = new StringBuilder("1 = 1");
        if (filter.supplierId() != null) {
            sql.append(" AND f.supplier_id = ?");
            params.add(filter.supplierId());
        }
        if (filter.auditId() != null) {
            sql.append(" AND f.audit_id = ?");
            params.add(filter.auditId());
        }
        if (filter.severity() != null) {
            sql.append(" AND f.severity = ?");
            params.add(filter.severity());
        }
        if (filter.status() != null) {
            sql.append(" AND f.status = ?");
            params.add(filter.status());
        }
        if (filter.overdueOnly()) {
            sql.append(" AND EXISTS (SELECT 1 FROM corrective_action oa WHERE oa.finding_id = f.id AND oa.status IN ")
                    .append(ActionTable.OPEN).append(" AND oa.due_date < ?)");
            params.add(today);
        }
        // every word in the description or the supplier's name, whatever the case
        for (String word : words(filter.text())) {
            sql.append(" AND (LOWER(f.description) LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM supplier ts")
                    .append(" WHERE ts.id = f.supplier_id AND LOWER(ts.name) LIKE ? ESCAPE '\\'))");
            String pattern = Like.containing(word.toLowerCase(Locale.ROOT));
            params.add(pattern);
            params.add(pattern);
        }
        return sql.toString();
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }

    private static Object[] prepend(Object first, List<Object> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray();
    }

    @Override
    public Optional<Finding> find(UUID findingId) {
        profiles.require(Permission.READ_FINDINGS);
        return jdbc.read(tx -> FindingTable.INSTANCE.find(tx, findingId));
    }

    @Override
    public List<Finding> findingsOfAudit(UUID auditId) {
        profiles.require(Permission.READ_FINDINGS);
        return jdbc.read(tx -> FindingTable.INSTANCE.where(tx, "f.audit_id = ?", auditId));
    }

    @Override
    public Finding save(Finding finding) {
        profiles.require(Permission.EDIT_FINDINGS);
        Validations.requireNone(validate(finding));
        return jdbc.write(tx -> tx.save(FindingTable.INSTANCE, finding));
    }

    static List<Violation> validate(Finding finding) {
        List<Violation> violations = new ArrayList<>();
        if (finding.supplierId() == null) {
            violations.add(new Violation("supplierId", "validation.required"));
        }
        if (finding.severity() == null) {
            violations.add(new Violation("severity", "validation.required"));
        }
        if (finding.status() == null) {
            violations.add(new Violation("status", "validation.required"));
        }
        if (finding.description() == null || finding.description().isBlank()) {
            violations.add(new Violation("description", "validation.required"));
        }
        if (finding.requirements().isEmpty() && finding.severity() != Severity.GOOD_PRACTICE) {
            violations.add(new Violation("requirements", "validation.required"));
        }
        return violations;
    }

    @Override
    public List<CorrectiveAction> actions(UUID findingId) {
        profiles.require(Permission.READ_FINDINGS);
        return jdbc.read(tx -> ActionTable.INSTANCE.ofFinding(tx, findingId));
    }

    @Override
    public CorrectiveAction saveAction(CorrectiveAction action) {
        profiles.require(Permission.EDIT_FINDINGS);
        Validations.requireNone(validate(action));
        return jdbc.write(tx -> tx.save(ActionTable.INSTANCE, action));
    }

    @Override
    public void importCapChanges(List<Finding> findings, List<CorrectiveAction> actions) {
        profiles.require(Permission.IMPORT_CAP_SHEETS);
        findings.forEach(finding -> Validations.requireNone(validate(finding)));
        actions.forEach(action -> Validations.requireNone(validate(action)));
        jdbc.write(tx -> {
            for (Finding finding : findings) {
                tx.save(FindingTable.INSTANCE, finding);
            }
            for (CorrectiveAction action : actions) {
                tx.save(ActionTable.INSTANCE, action);
            }
            return null;
        });
    }

    private static List<Violation> validate(CorrectiveAction action) {
        List<Violation> violations = new ArrayList<>();
        if (action.findingId() == null) {
            violations.add(new Violation("findingId", "validation.required"));
        }
        if (action.action() == null || action.action().isBlank()) {
            violations.add(new Violation("action", "validation.required"));
        }
        if (action.status() == null) {
            violations.add(new Violation("status", "validation.required"));
        }
        return violations;
    }
}
