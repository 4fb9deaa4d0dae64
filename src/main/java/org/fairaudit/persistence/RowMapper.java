package org.fairaudit.persistence;

import java.sql.SQLException;

/** Turns the current row into a value. */
@FunctionalInterface
interface RowMapper<T> {
    T map(Row row) throws SQLException;
}
