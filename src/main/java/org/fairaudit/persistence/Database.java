package org.fairaudit.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's database: opened once by the composition root, migrated by Flyway, closed at exit.
 * Only this class knows H2 URLs and settings (docs/decisions/0004).
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String H2_FILE_SUFFIX = ".mv.db";

    private static final String USER = "fairaudit";

    private final JdbcConnectionPool pool;
    private final String url;
    private final String location;

    private Database(JdbcConnectionPool pool, String url, String location) {
        this.pool = pool;
        this.url = url;
        this.location = location;
    }

    /**
     * Opens (creating if needed) the embedded H2 database stored in {@code file} and migrates it.
     *
     * @param file the database file; the {@code .mv.db} suffix H2 adds is optional
     * @throws DatabaseInUseException when another running FairAudit holds the file
     * @throws DatabaseException when it cannot be opened for another reason
     */
    public static Database openH2(Path file) {
        String location = stripSuffix(file.toAbsolutePath().normalize().toString());
        // WRITE_DELAY=0: a committed transaction is on disk before commit returns (STACK.md: the
        // default 500 ms delay lost committed rows under kill -9).
        String url = "jdbc:h2:file:" + location + ";WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, "");
        try (Connection probe = pool.getConnection()) {
            LOG.debug("Opened H2 database, autocommit={}", probe.getAutoCommit());
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new DatabaseInUseException(location + H2_FILE_SUFFIX, e);
            }
            throw new DatabaseException(e);
        }
        Database database = new Database(pool, url, location + H2_FILE_SUFFIX);
        database.migrate(Map.of("binary_type", "BLOB"));
        new InstallationSettings(database).ensureInstallationId();
        return database;
    }

    private void migrate(Map<String, String> placeholders) {
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .placeholders(placeholders)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw new DatabaseException(e);
        }
    }

    private static String stripSuffix(String path) {
        return path.endsWith(H2_FILE_SUFFIX) ? path.substring(0, path.length() - H2_FILE_SUFFIX.length()) : path;
    }

    /** A pooled connection in auto-commit mode; the caller closes it. */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Where the data lives, for the status bar. */
    public String location() {
        return location;
    }

    /**
     * Compacts and closes the file. With WRITE_DELAY=0 every commit writes a new chunk, and H2 only reuses
     * the space later, so without compaction the file keeps the high-water mark of a busy session.
     */
    @Override
    public void close() {
        pool.dispose();
        // Reopen alone for the compaction: SHUTDOWN closes every session, pooled ones included.
        try (Connection connection = DriverManager.getConnection(url, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.warn("Could not compact the database at close: {}", e.getMessage());
        }
    }
}
