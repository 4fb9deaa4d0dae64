package org.fairaudit.persistence;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
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
    /** An open action due before the day given as the parameter, over {@code corrective_action oa}. */
    private static final String OVERDUE_ACTION = "oa.status IN " + ActionTable.OPEN + " AND oa.due_date < ?";

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
        return jdbc.read(tx -> {
            Query where = criteria(tx, filter, today);
            List<FindingRow> rows = tx.list(listQuery(where.sql()), JdbcFindingService::row,
                    prepend(today, where.params()).toArray());
            return withChildren(tx, rows, where.sql(), where.args());
        });
    }

    /**
     * One page in two steps: the page's ids, read in index order without joins for the rows skipped before it
     * ({@code finding_newest_idx} holds the order and the id), then those rows with their supplier and actions.
     * One id more than the page tells whether more follow, without counting the matches.
     */
    @Override
    public FindingPage page(FindingFilter filter, int offset, int limit) {
        profiles.require(Permission.READ_FINDINGS);
        LocalDate today = today(filter);
        return jdbc.read(tx -> {
            Query idsOfPage = pageIdsQuery(criteria(tx, filter, today), offset, limit + 1);
            List<UUID> ids = tx.list(idsOfPage.sql(), row -> row.uuid("id"), idsOfPage.args());
            boolean hasMore = ids.size() > limit;
            ids = ids.subList(0, Math.min(limit, ids.size()));
            if (ids.isEmpty()) {
                return new FindingPage(List.of(), offset, false);
            }
            Query rowsOfPage = pageRowsQuery(ids, today);
            List<FindingRow> rows = tx.list(rowsOfPage.sql(), JdbcFindingService::row, rowsOfPage.args());
            return new FindingPage(withChildren(tx, rows, byId(ids.size()), ids.toArray()), offset, hasMore);
        });
    }

    @Override
    public int count(FindingFilter filter) {
        profiles.require(Permission.READ_FINDINGS);
        LocalDate today = today(filter);
        return jdbc.read(tx -> {
            Query count = countQuery(criteria(tx, filter, today), filter, today);
            return tx.count(count.sql(), count.args());
        });
    }

    /**
     * Counts the findings {@code where} matches. "Overdue only" alone is counted from the actions' index
     * ({@code corrective_action_overdue_idx} holds status, due date and finding), without visiting a finding.
     */
    static Query countQuery(Query where, FindingFilter filter, LocalDate today) {
        boolean overdueAlone = filter.overdueOnly() && filter.supplierId() == null && filter.auditId() == null
                && filter.severity() == null && filter.status() == null && words(filter.text()).isEmpty();
        if (overdueAlone) {
            return new Query("SELECT COUNT(DISTINCT oa.finding_id) AS n FROM corrective_action oa WHERE "
                    + OVERDUE_ACTION, List.of(today));
        }
        return new Query("SELECT COUNT(*) AS n FROM finding f WHERE " + where.sql(), where.params());
    }

    static Query pageIdsQuery(Query where, int offset, int limit) {
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return new Query("SELECT f.id FROM finding f WHERE " + where.sql() + " " + FindingTable.NEWEST_FIRST
                + " LIMIT ? OFFSET ?", params);
    }

    static Query pageRowsQuery(List<UUID> ids, LocalDate today) {
        return new Query(listQuery(byId(ids.size())), prepend(today, ids));
    }

    private static String byId(int count) {
        return "f.id IN (" + Tx.placeholders(count) + ")";
    }

    /**
     * Rows matching {@code condition}, newest first, with their supplier's name and their actions' state. A LEFT
     * join (every finding has a supplier) keeps {@code finding} the outer table, so H2 reads it in the order of
     * {@code finding_newest_idx} instead of sorting every match (decision record 0017).
     */
    private static String listQuery(String condition) {
        return "SELECT f.*, s.name AS supplier_name,"
                + " (SELECT COUNT(*) FROM corrective_action a WHERE a.finding_id = f.id"
                + " AND a.status IN " + ActionTable.OPEN + ") AS open_actions,"
                + " (SELECT COUNT(*) FROM corrective_action a WHERE a.finding_id = f.id"
                + " AND a.status IN " + ActionTable.OPEN + " AND a.due_date < ?) AS overdue_actions"
                + " FROM finding f LEFT JOIN supplier s ON s.id = f.supplier_id"
                + " WHERE " + condition + " " + FindingTable.NEWEST_FIRST;
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

    /** The filter as SQL over {@code finding f}; a null criterion matches everything. */
    static Query criteria(Tx tx, FindingFilter filter, LocalDate today) throws SQLException {
        StringBuilder sql = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
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
            sql.append(" AND EXISTS (SELECT 1 FROM corrective_action oa WHERE oa.finding_id = f.id AND ")
                    .append(OVERDUE_ACTION).append(")");
            params.add(today);
        }
        // every word in the description or the supplier's name, whatever the case
        for (String word : words(filter.text())) {
            String pattern = Like.containing(word.toLowerCase(Locale.ROOT));
            sql.append(" AND (LOWER(f.description) LIKE ? ESCAPE '\\'");
            params.add(pattern);
            // the few suppliers named so are found once, not once per finding
            List<UUID> suppliers = tx.list("SELECT id FROM supplier WHERE LOWER(name) LIKE ? ESCAPE '\\'",
                    row -> row.uuid("id"), pattern);
            if (!suppliers.isEmpty()) {
                sql.append(" OR f.supplier_id IN (").append(uuidLiterals(suppliers)).append(")");
            }
            sql.append(")");
        }
        return new Query(sql.toString(), params);
    }

    /**
     * Ids read from the database written as literals: H2 checks a list of constants against a hash set, a list
     * of parameters one by one for every row.
     */
    private static String uuidLiterals(List<UUID> ids) {
        return ids.stream().map(id -> "UUID '" + id + "'").collect(Collectors.joining(", "));
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }

    private static List<Object> prepend(Object first, List<?> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
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
