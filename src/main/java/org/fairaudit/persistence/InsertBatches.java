package org.fairaudit.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Insert rows waiting to be sent, one prepared statement per SQL text. Statements are sent in the order they were
 * first used, so a parent row inserted before its children is also sent before them.
 */
final class InsertBatches implements AutoCloseable {
    private final Connection connection;
    private final int rowsPerSend;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
    private int waiting;

    /** @param rowsPerSend how many rows may wait, over all statements, before they are sent */
    InsertBatches(Connection connection, int rowsPerSend) {
        this.connection = connection;
        this.rowsPerSend = rowsPerSend;
    }

    void add(String sql, Object[] params) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        Tx.bind(statement, params);
        statement.addBatch();
        if (++waiting >= rowsPerSend) {
            send();
        }
    }

    void send() throws SQLException {
        if (waiting == 0) {
            return;
        }
        waiting = 0;
        for (PreparedStatement statement : statements.values()) {
            statement.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
    }
}
