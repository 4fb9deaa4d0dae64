package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * How one kind of domain record is stored: its main table (also the change log's entity type),
 * its columns besides id and the bookkeeping columns, and the child rows it owns.
 */
interface RecordTable<T> {
    String table();

    /** The change log's entity type of this record; a record stored in another record's row logs under its own. */
    default String entityType() {
        return table();
    }

    UUID id(T record);

    long version(T record);

    T withVersion(T record, long version);

    /** Column name → value, without id, version, created_at, updated_at and updated_by. */
    Map<String, Object> columns(T record);

    Optional<T> find(Tx tx, UUID id) throws SQLException;

    /**
     * The records of these ids that exist. One query per record here; the kinds a package holds many of read a
     * chunk of ids per query.
     */
    default Map<UUID, T> findAll(Tx tx, List<UUID> ids) throws SQLException {
        Map<UUID, T> found = new HashMap<>();
        for (UUID id : ids) {
            find(tx, id).ifPresent(record -> found.put(id, record));
        }
        return found;
    }

    /** {@link #findAll} of a table whose row alone makes the record, a chunk of ids per query. */
    static <T> Map<UUID, T> findAllRows(Tx tx, String table, List<UUID> ids, RowMapper<T> mapper)
            throws SQLException {
        Map<UUID, T> found = new HashMap<>();
        for (List<UUID> chunk : Tx.chunks(ids)) {
            tx.scan("SELECT * FROM " + table + " WHERE id IN (" + Tx.placeholders(chunk.size()) + ")", row -> {
                found.put(row.uuid("id"), mapper.map(row));
                return true;
            }, chunk.toArray());
        }
        return found;
    }

    /** Writes the rows of lists inside the record; called after the main row is written. */
    default void writeChildren(Tx tx, T record, boolean inserted) throws SQLException {
    }

    /** Whether an update leaves the child rows as they are, so that they need not be rewritten. */
    default boolean sameChildren(T before, T after) {
        return false;
    }
}
