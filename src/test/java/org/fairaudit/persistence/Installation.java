package org.fairaudit.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.fairaudit.domain.Role;
import org.fairaudit.exchange.PackageLimits;
import org.fairaudit.exchange.RecordJson;

/** One FairAudit installation for exchange tests: its own H2 database, signing key and exchange service. */
final class Installation implements AutoCloseable {
    /** The domain tables a package carries (profiles aside: every installation has its own too). */
    static final List<String> EXCHANGED_TABLES = List.of("supplier", "workforce_profile", "workforce_migrant_group",
            "recruitment_agency", "audit", "audit_code", "response", "response_evidence", "finding",
            "finding_requirement", "finding_indicator", "corrective_action", "attachment");

    final Store store;
    final JdbcExchangeService exchange;

    private Installation(Path dir, String profileName, Role role) {
        store = Store.open(dir);
        if (role != Role.AUDITOR) {
            store.profiles.createAndUse(profileName, role);
        }
        exchange = new JdbcExchangeService(store.database, store.profiles, dir.resolve("fairaudit.signing-key"),
                dir.resolve("work"), PackageLimits.STANDARD);
    }

    static Installation auditor(Path dir) {
        return new Installation(dir, "Field auditor", Role.AUDITOR);
    }

    static Installation reviewer(Path dir) {
        return new Installation(dir, "Brand reviewer", Role.REVIEWER);
    }

    /** Every row of a table in a stable order, columns as text. */
    List<String> rows(String table, String orderBy) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = store.database.connection(); Statement statement = connection.createStatement();
             ResultSet resultSet = statement.executeQuery("SELECT * FROM " + table + " ORDER BY " + orderBy)) {
            int columns = resultSet.getMetaData().getColumnCount();
            while (resultSet.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(resultSet.getMetaData().getColumnName(i)).append('=').append(resultSet.getString(i))
                            .append(' ');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** SHA-256 over every row of every table of the application: equal digests, unchanged database. */
    String digestOfAllTables() throws SQLException {
        StringBuilder all = new StringBuilder();
        List<String> tables = new ArrayList<>();
        try (Connection connection = store.database.connection(); Statement statement = connection.createStatement();
             ResultSet resultSet = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                     + " WHERE table_schema = 'PUBLIC' ORDER BY table_name")) {
            while (resultSet.next()) {
                tables.add(resultSet.getString(1));
            }
        }
        for (String table : tables) {
            all.append(table).append('\n');
            rows('"' + table + '"', "1, 2").forEach(row -> all.append(row).append('\n'));
        }
        return RecordJson.sha256Hex(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        store.close();
    }
}
