package org.fairaudit.persistence;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.ConcurrentEditException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One connection's work: plain SQL helpers, and versioned saves that write the change log in the same transaction. */
final class Tx {
    private static final Logger LOG = LoggerFactory.getLogger(Tx.class);
    private static final String UNIQUE_VIOLATION = "23505";
    /** Ids per {@code IN} list: few round trips, statements H2 still plans quickly. */
    private static final int IN_LIST_SIZE = 500;
    private static final int SCAN_FETCH_SIZE = 500;
    /** Insert rows that may wait while inserts are batched: big JDBC batches, bounded memory. */
    static final int INSERT_BATCH_ROWS = 1_000;

    private final Connection connection;
    private final UUID profileId;
    /** Microseconds: what TIMESTAMP WITH TIME ZONE keeps, so that stored and hashed times agree. */
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private ChangeLog.Head chainHead;
    /** Insert rows waiting to be sent while {@link #batchingInserts} runs; {@code null} otherwise. */
    private InsertBatches waitingInserts;

    /** @param chainHead the locked change-log head of a writing transaction; {@code null} when reading */
    Tx(Connection connection, UUID profileId, ChangeLog.Head chainHead) {
        this.connection = connection;
        this.profileId = profileId;
        this.chainHead = chainHead;
    }

    Instant now() {
        return now;
    }

    UUID profileId() {
        return profileId;
    }

    ChangeLog.Head chainHead() {
        if (chainHead == null) {
            throw new IllegalStateException("Change log written outside a writing transaction");
        }
        return chainHead;
    }

    void advanceChain(ChangeLog.Head head) {
        chainHead = head;
    }

    /**
     * Runs {@code work} with every insert through {@link #insertRows} (records, their child rows, change-log entries)
     * held back and sent in JDBC batches of up to {@link #INSERT_BATCH_ROWS} rows, one reused statement per SQL text.
     * Waiting rows are sent before any other statement runs, so queries and updates always see them.
     */
    <T> T batchingInserts(SqlWork<T> work) throws SQLException {
        if (waitingInserts != null) {
            return work.run(this);
        }
        try (InsertBatches batches = new InsertBatches(connection, INSERT_BATCH_ROWS)) {
            waitingInserts = batches;
            T result = work.run(this);
            batches.send();
            return result;
        } finally {
            waitingInserts = null;
        }
    }

    /** Inserts rows with one statement; while inserts are batched they may wait (see {@link #batchingInserts}). */
    void insertRows(String sql, List<Object[]> rows) throws SQLException {
        if (waitingInserts == null) {
            batch(sql, rows);
            return;
        }
        for (Object[] row : rows) {
            waitingInserts.add(sql, row);
        }
    }

    /** Sends the insert rows waiting, so that the next statement sees them. */
    private void sendWaitingInserts() throws SQLException {
        if (waitingInserts != null) {
            waitingInserts.send();
        }
    }

    int update(String sql, Object... params) throws SQLException {
        sendWaitingInserts();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            return statement.executeUpdate();
        }
    }

    void batch(String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        sendWaitingInserts();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        sendWaitingInserts();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            try (ResultSet resultSet = statement.executeQuery()) {
                Row row = new Row(resultSet);
                List<T> values = new ArrayList<>();
                while (resultSet.next()) {
                    values.add(mapper.map(row));
                }
                return values;
            }
        }
    }

    /** Visits rows one at a time (bounded memory) until the visitor returns {@code false}. */
    void scan(String sql, RowVisitor visitor, Object... params) throws SQLException {
        sendWaitingInserts();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            // a hint for drivers that fetch rows in batches; H2 keeps large results in a temporary file anyway
            statement.setFetchSize(SCAN_FETCH_SIZE);
            bind(statement, params);
            try (ResultSet resultSet = statement.executeQuery()) {
                Row row = new Row(resultSet);
                while (resultSet.next() && visitor.visit(row)) {
                    // the visitor does the work
                }
            }
        }
    }

    /** Runs one query, prepared once, for each set of parameters in turn and visits every row. */
    void scanEach(String sql, List<Object[]> paramSets, RowVisitor visitor) throws SQLException {
        sendWaitingInserts();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(SCAN_FETCH_SIZE);
            for (Object[] params : paramSets) {
                bind(statement, params);
                try (ResultSet resultSet = statement.executeQuery()) {
                    Row row = new Row(resultSet);
                    while (resultSet.next()) {
                        visitor.visit(row);
                    }
                }
            }
        }
    }

    /** Reads one row; returns whether to go on. */
    @FunctionalInterface
    interface RowVisitor {
        boolean visit(Row row) throws SQLException;
    }

    <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        List<T> values = list(sql, mapper, params);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The value of column {@code n} in the first row: {@code SELECT COUNT(*) AS n ...}. */
    int count(String sql, Object... params) throws SQLException {
        return one(sql, row -> row.integer("n"), params).orElse(0);
    }

    /**
     * Inserts a record of version 0 or updates the stored record of the same version; returns it with its new version.
     *
     * @throws ConcurrentEditException when the stored version moved on, the record was deleted, or it was inserted twice
     */
    <T> T save(RecordTable<T> table, T record) throws SQLException {
        UUID id = table.id(record);
        long expectedVersion = table.version(record);
        T saved = table.withVersion(record, expectedVersion + 1);
        if (expectedVersion == 0) {
            insert(table, id, table.columns(record), new RecordStamp(1, now, now, profileId));
            table.writeChildren(this, saved, true);
            ChangeLog.append(this, table.entityType(), id, ChangeLog.Operation.INSERT, null, saved);
        } else {
            T before = table.find(this, id).orElseThrow(() -> concurrentEdit(table, id));
            updateVersioned(table, id, expectedVersion, table.columns(record));
            // A checklist keystroke changes a result, not the evidence: rewriting equal rows costs pages per commit.
            if (!table.sameChildren(before, saved)) {
                table.writeChildren(this, saved, false);
            }
            ChangeLog.append(this, table.entityType(), id, ChangeLog.Operation.UPDATE, before, saved);
        }
        return saved;
    }

    /** Deletes the record (its children go by ON DELETE CASCADE); nothing happens when it is already gone. */
    <T> void delete(RecordTable<T> table, UUID id) throws SQLException {
        Optional<T> before = table.find(this, id);
        if (before.isPresent()) {
            update("DELETE FROM " + table.table() + " WHERE id = ?", id);
            ChangeLog.append(this, table.entityType(), id, ChangeLog.Operation.DELETE, before.get(), null);
        }
    }

    /**
     * Inserts a record as it arrived from another installation, with its version and stamps there; the change log
     * names the profile that imported it.
     */
    <T> void insertImported(RecordTable<T> table, T record, RecordStamp stamp) throws SQLException {
        UUID id = table.id(record);
        insert(table, id, table.columns(record), stamp);
        table.writeChildren(this, record, true);
        ChangeLog.append(this, table.table(), id, ChangeLog.Operation.INSERT, null, record);
    }

    /**
     * Replaces the stored record of version {@code expectedVersion} with one from another installation, keeping
     * who last changed it there; the new version is above both, so that an editor holding the old one is refused.
     *
     * @throws ConcurrentEditException when the stored version moved on meanwhile
     */
    <T> void replaceImported(RecordTable<T> table, long expectedVersion, T record, RecordStamp stamp)
            throws SQLException {
        UUID id = table.id(record);
        T before = table.find(this, id).orElseThrow(() -> concurrentEdit(table, id));
        long newVersion = Math.max(expectedVersion + 1, stamp.version());
        T saved = table.withVersion(record, newVersion);
        Map<String, Object> columns = new LinkedHashMap<>(table.columns(record));
        columns.put("version", newVersion);
        columns.put("updated_at", stamp.updatedAt());
        columns.put("updated_by", stamp.updatedBy());
        StringBuilder sql = new StringBuilder("UPDATE ").append(table.table()).append(" SET ");
        sql.append(String.join(" = ?, ", columns.keySet())).append(" = ? WHERE id = ? AND version = ?");
        List<Object> params = new ArrayList<>(columns.values());
        params.addAll(Arrays.asList(id, expectedVersion));
        if (update(sql.toString(), params.toArray()) == 0) {
            throw concurrentEdit(table, id);
        }
        table.writeChildren(this, saved, false);
        ChangeLog.append(this, table.table(), id, ChangeLog.Operation.UPDATE, before, saved);
    }

    /** Version and stamps of the records of these ids that exist, read a chunk of ids per query. */
    Map<UUID, RecordStamp> stamps(RecordTable<?> table, List<UUID> ids) throws SQLException {
        Map<UUID, RecordStamp> stamps = new HashMap<>();
        for (List<UUID> chunk : chunks(ids)) {
            scan("SELECT id, version, created_at, updated_at, updated_by FROM " + table.table() + " WHERE id IN ("
                    + placeholders(chunk.size()) + ")", row -> {
                        stamps.put(row.uuid("id"), RecordStamp.of(row));
                        return true;
                    }, chunk.toArray());
        }
        return stamps;
    }

    /** Ids (or other keys) in slices small enough for one {@code IN (?, ...)} list each. */
    static <K> List<List<K>> chunks(List<K> ids) {
        List<List<K>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_LIST_SIZE) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + IN_LIST_SIZE)));
        }
        return chunks;
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** The version and stamps stored with a record; empty when there is none of that id. */
    Optional<RecordStamp> stamp(RecordTable<?> table, UUID id) throws SQLException {
        return one("SELECT version, created_at, updated_at, updated_by FROM " + table.table() + " WHERE id = ?",
                RecordStamp::of, id);
    }

    private void insert(RecordTable<?> table, UUID id, Map<String, Object> columns, RecordStamp stamp)
            throws SQLException {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("id", id);
        all.putAll(columns);
        all.put("version", stamp.version());
        all.put("created_at", stamp.createdAt());
        all.put("updated_at", stamp.updatedAt());
        all.put("updated_by", stamp.updatedBy());
        String sql = "INSERT INTO " + table.table() + " (" + String.join(", ", all.keySet()) + ") VALUES ("
                + String.join(", ", Collections.nCopies(all.size(), "?")) + ")";
        try {
            insertRows(sql, List.<Object[]>of(all.values().toArray()));
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw concurrentEdit(table, id);
            }
            throw e;
        }
    }

    private void updateVersioned(RecordTable<?> table, UUID id, long expectedVersion, Map<String, Object> columns)
            throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE ").append(table.table()).append(" SET ");
        List<Object> params = new ArrayList<>();
        columns.forEach((column, value) -> {
            sql.append(column).append(" = ?, ");
            params.add(value);
        });
        sql.append("version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?");
        params.addAll(Arrays.asList(now, profileId, id, expectedVersion));
        if (update(sql.toString(), params.toArray()) == 0) {
            throw concurrentEdit(table, id);
        }
    }

    private static ConcurrentEditException concurrentEdit(RecordTable<?> table, UUID id) {
        LOG.info("Concurrent edit refused: {} {}", table.table(), id);
        return new ConcurrentEditException(Messages.get("db.concurrentEdit"));
    }

    static void bind(PreparedStatement statement, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            if (params[i] instanceof InputStream stream) {
                statement.setBinaryStream(i + 1, stream);
            } else {
                statement.setObject(i + 1, jdbcValue(params[i]));
            }
        }
    }

    private static Object jdbcValue(Object value) {
        if (value instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }
}
