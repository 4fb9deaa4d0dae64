package org.fairaudit.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's database: opened once by the composition root, migrated by Flyway unless its schema is
 * already the newest ({@link SchemaVersion}), closed at exit.
 * Only this class knows H2 URLs and settings (docs/decisions/0004, 0016).
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String USER = "fairaudit";
    private static final int COMPACT_BELOW_FILL_PERCENT = 80;
    private static final String FILE_WRITES = "info.FILE_WRITE";

    private final DatabaseFile file;
    private JdbcDataSource source;
    private boolean encrypted;
    /** Kept while open because the pool needs it for each new connection; wiped at close. */
    private char[] password;
    private volatile JdbcConnectionPool pool;
    /** Set when {@link #whileClosed} changed the file: H2's write count starts again at each opening. */
    private volatile boolean rewritten;
    /** H2's count of file writes once opened: opening itself writes a little, whatever the session does. */
    private volatile long writesAtOpen;

    private Database(DatabaseFile file) {
        this.file = file;
    }

    /** Opens (creating if needed) an unencrypted database, or fails if the file is encrypted. */
    public static Database openH2(Path file) {
        return openH2(file, null);
    }

    /**
     * Opens (creating if needed) the embedded H2 database stored in {@code file} and migrates it.
     *
     * @param file       the database file; the {@code .mv.db} suffix H2 adds is optional
     * @param passphrase encrypts a new file (null: not encrypted) and opens an encrypted one; the caller keeps
     *                   ownership of the array and may wipe it when this returns
     * @throws DatabaseInUseException       when another running FairAudit holds the file
     * @throws PassphraseRequiredException  when the file is encrypted and {@code passphrase} is null
     * @throws WrongPassphraseException     when the passphrase does not decrypt the file
     * @throws UnreadableDatabaseException  when the file is damaged or not an H2 database
     * @throws DatabaseException            when it cannot be opened for another reason
     */
    public static Database openH2(Path file, char[] passphrase) {
        Database database = new Database(DatabaseFile.of(file));
        database.connect(passphrase);
        return database;
    }

    private void connect(char[] passphrase) {
        boolean existed = file.exists();
        boolean encrypted = existed ? file.isEncrypted() : passphrase != null;
        if (encrypted && passphrase == null) {
            throw new PassphraseRequiredException(file);
        }
        open(encrypted, FileKey.connectionPassword(encrypted ? passphrase : null), existed);
    }

    /** Takes ownership of {@code password} (the JDBC form, see {@link FileKey}) and wipes it at close. */
    private void open(boolean encrypted, char[] password, boolean existed) {
        JdbcDataSource candidate = dataSource(file, encrypted, password);
        JdbcConnectionPool candidatePool = JdbcConnectionPool.create(candidate);
        boolean schemaIsNewest;
        try (Connection probe = candidatePool.getConnection()) {
            LOG.debug("Opened H2 database, encrypted={}", encrypted);
            // A new file has no schema to ask about; asking would leave H2's trace of the failed query beside it.
            schemaIsNewest = existed && SchemaVersion.isNewest(probe);
        } catch (SQLException e) {
            candidatePool.dispose();
            FileKey.wipe(password);
            throw openFailure(e, existed);
        }
        this.encrypted = encrypted;
        this.password = password;
        source = candidate;
        pool = candidatePool;
        DatabaseOwner.claim(file);
        if (!schemaIsNewest) {
            migrate(Map.of("binary_type", "BLOB"));
        }
        new InstallationSettings(this).ensureInstallationId();
        writesAtOpen = storeInfo(FILE_WRITES);
    }

    private static JdbcDataSource dataSource(DatabaseFile file, boolean encrypted, char[] password) {
        JdbcDataSource source = new JdbcDataSource();
        // WRITE_DELAY=0: a committed transaction is on disk before commit returns (STACK.md: the
        // default 500 ms delay lost committed rows under kill -9).
        source.setURL("jdbc:h2:file:" + file.base() + (encrypted ? ";CIPHER=AES" : "") + ";WRITE_DELAY=0");
        source.setUser(USER);
        source.setPasswordChars(password);
        return source;
    }

    /**
     * Opens a closed database file just long enough to read its schema: proves that a restored or re-encrypted
     * file is usable and that {@code passphrase} is right, without migrating or claiming it.
     */
    static void probe(DatabaseFile closed, char[] passphrase) {
        boolean encrypted = closed.isEncrypted();
        if (encrypted && passphrase == null) {
            throw new PassphraseRequiredException(closed);
        }
        char[] password = FileKey.connectionPassword(encrypted ? passphrase : null);
        JdbcDataSource source = dataSource(closed, encrypted, password);
        source.setURL(source.getURL() + ";IFEXISTS=TRUE");
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES");
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw openFailure(closed, e, true);
        } finally {
            FileKey.wipe(password);
        }
    }

    private DatabaseException openFailure(SQLException e, boolean existed) {
        return openFailure(file, e, existed);
    }

    private static DatabaseException openFailure(DatabaseFile file, SQLException e, boolean existed) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new DatabaseInUseException(file, e);
            case ErrorCode.FILE_ENCRYPTION_ERROR_1 -> new WrongPassphraseException(file, e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2,
                 ErrorCode.FILE_VERSION_ERROR_1 -> existed ? new UnreadableDatabaseException(file, e)
                    : new DatabaseException(e);
            default -> new DatabaseException(e);
        };
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
            disconnect("SHUTDOWN");
            throw new DatabaseException(e);
        }
    }

    /** A pooled connection in auto-commit mode; the caller closes it. */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Where the data lives, for the status bar. */
    public String location() {
        return file.toString();
    }

    public DatabaseFile file() {
        return file;
    }

    public boolean isEncrypted() {
        return encrypted;
    }

    /**
     * A consistent copy of the open database as a zip holding the {@code .mv.db} file as it is on disk, so an
     * encrypted database gives an encrypted backup. Writers wait while H2 copies.
     */
    void backUpTo(Path zip) throws SQLException {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }

    /** Work on the closed database file (restore, re-encryption); it must leave a file that opens. */
    @FunctionalInterface
    interface ClosedFileWork {
        void run(DatabaseFile closed) throws IOException, SQLException;
    }

    /**
     * Closes every connection, runs {@code work} on the closed file and opens it again with
     * {@code passphraseAfter}. When the work fails, the untouched file is opened again as it was.
     */
    synchronized void whileClosed(ClosedFileWork work, char[] passphraseAfter) throws IOException, SQLException {
        boolean encryptedBefore = encrypted;
        char[] passwordBefore = password.clone();
        disconnect("SHUTDOWN");
        try {
            work.run(file);
        } catch (IOException | SQLException | RuntimeException e) {
            open(encryptedBefore, passwordBefore, true);
            throw e;
        }
        FileKey.wipe(passwordBefore);
        connect(passphraseAfter);
        rewritten = true;
    }

    /**
     * Closes the file, compacting it when its chunks are less than {@value #COMPACT_BELOW_FILL_PERCENT} % live.
     * With WRITE_DELAY=0 every commit writes a new chunk, and H2 only reuses the space later, so without compaction
     * the file keeps the high-water mark of a busy session. A full compaction rewrites the whole file (8 s for a
     * 380 MB portfolio), so a file that is already dense is only closed.
     */
    @Override
    public synchronized void close() {
        disconnect(compactsAtClose() ? "SHUTDOWN COMPACT" : "SHUTDOWN");
    }

    /** Whether {@link #close} would compact the file now. */
    boolean compactsAtClose() {
        return storeInfo("info.CHUNKS_FILL_RATE") < COMPACT_BELOW_FILL_PERCENT;
    }

    /**
     * Whether anything reached the file since it was opened (or reopened by {@link #whileClosed}): with
     * WRITE_DELAY=0 every commit writes at once, so none did when this is false.
     */
    public boolean writtenSinceOpen() {
        return rewritten || storeInfo(FILE_WRITES) > writesAtOpen;
    }

    /** One of the figures H2 reports about its store; a failure to read it counts as 0. */
    private long storeInfo(String name) {
        try (Connection connection = connection(); PreparedStatement statement = connection.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
            statement.setString(1, name);
            try (ResultSet value = statement.executeQuery()) {
                return value.next() ? Long.parseLong(value.getString(1).replace("%", "").strip()) : 0;
            }
        } catch (SQLException | NumberFormatException e) {
            LOG.warn("Could not read {} from the database: {}", name, e.toString());
            return 0;
        }
    }

    private void disconnect(String shutdown) {
        pool.dispose();
        // Reopen alone for the shutdown: SHUTDOWN closes every session, pooled ones included.
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(shutdown);
        } catch (SQLException e) {
            LOG.warn("Could not shut the database down cleanly: SQL error {}", e.getErrorCode());
        }
        DatabaseOwner.release(file);
        FileKey.wipe(password);
    }
}
