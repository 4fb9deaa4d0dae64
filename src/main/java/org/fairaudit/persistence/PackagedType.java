package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.exchange.PackageWriter;
import org.fairaudit.exchange.VerifiedPackage;

/**
 * One kind of record carried in exchange packages: which records a selection reaches, what is confidential in
 * them, and any files they bring along. Storing and merging is generic ({@link RecordTable}, {@link MergeRule}), so
 * a new kind of record joins packages with one small subclass listed in {@link PackagedTypes}.
 */
abstract class PackagedType<T> {
    private final RecordTable<T> table;
    private final Class<T> recordClass;

    PackagedType(RecordTable<T> table, Class<T> recordClass) {
        this.table = table;
        this.recordClass = recordClass;
    }

    /** The entity type: the table name, also used by the change log and as the package entry name. */
    final String name() {
        return table.table();
    }

    final RecordTable<T> table() {
        return table;
    }

    final Class<T> recordClass() {
        return recordClass;
    }

    /**
     * Ids of the records the scope reaches.
     *
     * @param reached ids of the records of the kinds listed before this one
     */
    abstract List<UUID> ids(Tx tx, ExportScope scope, Collection<UUID> reached) throws SQLException;

    /** The record without its confidential fields; most kinds have none. */
    T withoutConfidential(T record) {
        return record;
    }

    /** An incoming record that left its confidential fields out, with this installation's values of them. */
    T withConfidentialOf(T incoming, T local) {
        return incoming;
    }

    /** Adds the files these records need to the package; returns how many. */
    int writeFiles(Tx tx, List<T> records, PackageWriter writer) throws SQLException {
        return 0;
    }

    /** Names the first file these records need that the package lacks (checked before anything is written). */
    Optional<String> missingFile(List<T> records, VerifiedPackage source) {
        return Optional.empty();
    }

    /** Stores the files these records need from the package, before the records are written. */
    void readFiles(Tx tx, List<T> records, VerifiedPackage source) throws SQLException {
    }

    /** Ids of the whole table, or of the rows whose {@code column} is in {@code ids}. */
    static List<UUID> idsWhere(Tx tx, String table, ExportScope scope, String column, UUID[] ids)
            throws SQLException {
        if (scope.everything()) {
            return tx.list("SELECT id FROM " + table, row -> row.uuid("id"));
        }
        return tx.list("SELECT id FROM " + table + " WHERE " + column + " = ANY(?)", row -> row.uuid("id"),
                (Object) ids);
    }
}
