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

    /** Writes the rows of lists inside the record; called after the main row is written. */
    default void writeChildren(Tx tx, T record, boolean inserted) throws SQLException {
    }
}
