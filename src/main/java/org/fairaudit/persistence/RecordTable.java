package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * How one kind of domain record is stored: its main table (also the change log's entity type),
 * its columns besides id and the bookkeeping columns, and the child rows it owns.
 */
interface RecordTable<T> {
    String table();

    UUID id(T record);

    long version(T record);

    T withVersion(T record, long version);

    /** Column name → value, without id, version, created_at, updated_at and updated_by. */
    Map<String, Object> columns(T record);

    Optional<T> find(Tx tx, UUID id) throws SQLException;

    /** Writes the rows of lists inside the record; called after the main row is written. */
    default void writeChildren(Tx tx, T record, boolean inserted) throws SQLException {
    }

    /** Whether an update leaves the child rows as they are, so that they need not be rewritten. */
    default boolean sameChildren(T before, T after) {
        return false;
    }
}
