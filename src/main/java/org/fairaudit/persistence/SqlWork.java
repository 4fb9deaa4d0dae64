package org.fairaudit.persistence;

import java.sql.SQLException;

/** Work done with one connection, inside a transaction when writing. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Tx tx) throws SQLException;
}
