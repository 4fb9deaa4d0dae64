package org.fairaudit.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fairaudit.codes.CodeLibrary;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.service.FindingFilter;
import org.fairaudit.service.FindingPage;

/**
 * Prints H2's {@code EXPLAIN ANALYZE} (the plan, the index each table is read through and the rows it scanned) of
 * every query the dashboard and the findings list run, on a database such as a benchmark dataset. Not a test:
 * {@code bench/explain-queries.sh [database]}.
 */
public final class ExplainScreenQueries {
    /** The day of {@code BenchDataset}: half of its actions are overdue on it. */
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final int DEEP_OFFSET = 50_000;

    private ExplainScreenQueries() {
    }

    public static void main(String[] args) throws SQLException {
        try (Database database = Database.openH2(Path.of(args[0]));
             Connection connection = database.connection()) {
            Tx tx = new Tx(connection, null, null);
            CodeLibrary library = CodeLibrary.loadBuiltIn();
            explain(connection, "dashboard: open findings by severity",
                    new Query(JdbcDashboardService.OPEN_BY_SEVERITY, List.of()));
            explain(connection, "dashboard: overdue actions",
                    new Query(JdbcDashboardService.OVERDUE_ACTIONS, List.of(TODAY)));
            explain(connection, "dashboard: audits in progress",
                    new Query(JdbcDashboardService.AUDITS_IN_STATUS, List.of(AuditStatus.IN_PROGRESS.name())));
            explain(connection, "dashboard: suppliers", new Query(JdbcDashboardService.SUPPLIERS, List.of()));
            explain(connection, "dashboard: suppliers with a forced-labour risk",
                    JdbcDashboardService.forcedLabourRiskQuery(library.codes()));
            FindingFilter all = FindingFilter.all(TODAY);
            explainPage(connection, tx, "findings list", all, 0);
            explainPage(connection, tx, "findings list at row " + DEEP_OFFSET, all, DEEP_OFFSET);
            explainPage(connection, tx, "findings list, overdue only",
                    new FindingFilter(null, null, null, null, true, TODAY), 0);
            explainPage(connection, tx, "findings list, text 'passports'", all.withText("passports"), 0);
        }
    }

    private static void explainPage(Connection connection, Tx tx, String screen, FindingFilter filter, int offset)
            throws SQLException {
        Query where = JdbcFindingService.criteria(tx, filter, TODAY);
        explain(connection, screen + ": count", JdbcFindingService.countQuery(where, filter, TODAY));
        Query ids = JdbcFindingService.pageIdsQuery(where, offset, FindingPage.DEFAULT_SIZE);
        explain(connection, screen + ": ids of the page", ids);
        List<UUID> page = tx.list(ids.sql(), row -> row.uuid("id"), ids.args());
        if (!page.isEmpty()) {
            explain(connection, screen + ": rows of the page", JdbcFindingService.pageRowsQuery(page, TODAY));
        }
    }

    private static void explain(Connection connection, String title, Query query) throws SQLException {
        List<String> plan = new ArrayList<>();
        long start = System.nanoTime();
        try (PreparedStatement statement = connection.prepareStatement("EXPLAIN ANALYZE " + query.sql())) {
            Object[] args = query.args();
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    plan.add(result.getString(1));
                }
            }
        }
        System.out.printf("-- %s (%.1f ms)%n", title, (System.nanoTime() - start) / 1e6);
        plan.forEach(System.out::println);
        System.out.println();
    }
}
