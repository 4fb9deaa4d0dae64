package org.fairaudit.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Supplier;
import org.fairaudit.domain.Profile;
import org.fairaudit.service.ProfileService;

/**
 * Runs work on a pooled connection: reads in auto-commit mode, writes in one transaction that is
 * committed before {@link #write} returns and stamped with the current profile.
 */
final class Jdbc {
    private final Database database;
    private final Supplier<UUID> currentProfileId;

    Jdbc(Database database, Supplier<UUID> currentProfileId) {
        this.database = database;
        this.currentProfileId = currentProfileId;
    }

    /** Changes are stamped with the profile {@code profiles} reports as current at the time of the write. */
    static Jdbc stampedBy(Database database, ProfileService profiles) {
        return new Jdbc(database, () -> profiles.current().map(Profile::id).orElse(null));
    }

    <T> T read(SqlWork<T> work) {
        try (Connection connection = database.connection()) {
            return work.run(new Tx(connection, null, null));
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    /**
     * Runs {@code work} in a transaction and commits it. Writers take the change-log head first, so they
     * run one at a time and append to the chain in commit order.
     */
    <T> T write(SqlWork<T> work) {
        UUID profileId = currentProfileId.get();
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                Tx tx = new Tx(connection, profileId, ChangeLog.lockHead(connection));
                T result = work.run(tx);
                ChangeLog.storeHead(tx);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }
}
