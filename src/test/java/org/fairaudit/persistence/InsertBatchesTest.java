package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inserts held back by {@link Tx#batchingInserts}: every row arrives, parents before children, queries see them. */
class InsertBatchesTest {
    private static final String PARENT = "INSERT INTO batch_parent (id) VALUES (?)";
    private static final String CHILD = "INSERT INTO batch_child (id, parent_id) VALUES (?, ?)";

    @TempDir
    Path dir;
    Database database;
    Jdbc jdbc;

    @BeforeEach
    void open() throws SQLException {
        database = Database.openH2(dir.resolve("fairaudit"));
        jdbc = new Jdbc(database, () -> null);
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE batch_parent (id INT PRIMARY KEY)");
            statement.execute("CREATE TABLE batch_child (id INT PRIMARY KEY,"
                    + " parent_id INT NOT NULL REFERENCES batch_parent (id))");
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, Tx.INSERT_BATCH_ROWS - 1, Tx.INSERT_BATCH_ROWS, Tx.INSERT_BATCH_ROWS + 1})
    void everyRowArrives(int rows) {
        jdbc.write(tx -> tx.batchingInserts(batched -> {
            for (int i = 0; i < rows; i++) {
                tx.insertRows(PARENT, List.<Object[]>of(new Object[] {i}));
            }
            return null;
        }));

        assertThat(count("batch_parent")).isEqualTo(rows);
    }

    @ParameterizedTest
    @ValueSource(ints = {Tx.INSERT_BATCH_ROWS / 3, Tx.INSERT_BATCH_ROWS / 3 + 1, Tx.INSERT_BATCH_ROWS})
    void parentsArriveBeforeTheirChildrenWhereverABatchEnds(int parents) {
        jdbc.write(tx -> tx.batchingInserts(batched -> {
            for (int i = 0; i < parents; i++) {
                tx.insertRows(PARENT, List.<Object[]>of(new Object[] {i}));
                tx.insertRows(CHILD, List.of(new Object[] {2 * i, i}, new Object[] {2 * i + 1, i}));
            }
            return null;
        }));

        assertThat(count("batch_parent")).isEqualTo(parents);
        assertThat(count("batch_child")).isEqualTo(2 * parents);
    }

    @Test
    void aQueryInTheWorkSeesTheRowsWaiting() {
        int seen = jdbc.write(tx -> tx.batchingInserts(batched -> {
            tx.insertRows(PARENT, List.of(new Object[] {1}, new Object[] {2}, new Object[] {3}));
            return tx.count("SELECT COUNT(*) AS n FROM batch_parent");
        }));

        assertThat(seen).isEqualTo(3);
    }

    @Test
    void aMissingParentFailsWithTheForeignKeyState() {
        assertThatThrownBy(() -> jdbc.write(tx -> tx.batchingInserts(batched -> {
            tx.insertRows(CHILD, List.<Object[]>of(new Object[] {1, 42}));
            return null;
        }))).isInstanceOf(DatabaseException.class)
                .extracting(e -> ((SQLException) e.getCause()).getSQLState()).isEqualTo("23506");
    }

    @Test
    void rowsWaitingWhenTheWorkFailsAreNeverWritten() {
        assertThatThrownBy(() -> jdbc.write(tx -> tx.batchingInserts(batched -> {
            tx.insertRows(PARENT, List.<Object[]>of(new Object[] {1}));
            throw new IllegalStateException("cancelled");
        }))).isInstanceOf(IllegalStateException.class);

        assertThat(count("batch_parent")).isZero();
    }

    private int count(String table) {
        return jdbc.read(tx -> tx.count("SELECT COUNT(*) AS n FROM " + table));
    }
}
