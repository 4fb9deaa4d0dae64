package org.fairaudit.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.ErrorCode;

/**
 * Whether a database already stands at the newest migration of this build, so that opening it can skip Flyway:
 * resolving and validating the migrations loads about 390 classes, a third of a cold start (decision record 0025).
 * Every other state goes through Flyway as before: a new file, an older schema, a failed migration, and a schema
 * from a newer build (which Flyway refuses).
 */
final class SchemaVersion {
    /** The newest file in {@code resources/db/migration}; {@code SchemaVersionTest} fails when they differ. */
    static final String NEWEST = "11";

    private static final String LAST_APPLIED = "SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
            + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1";

    private SchemaVersion() {
    }

    /** True when the last migration applied to the database is {@link #NEWEST} and it succeeded. */
    static boolean isNewest(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet last = statement.executeQuery(LAST_APPLIED)) {
            return last.next() && NEWEST.equals(last.getString(1)) && last.getBoolean(2);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1
                    || e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1) {
                return false; // a new file: Flyway creates the history table
            }
            throw e;
        }
    }
}
