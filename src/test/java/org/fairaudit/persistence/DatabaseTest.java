package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void migrationsCreateTheSchemaInAnEmptyDatabase() throws Exception {
        try (Database database = Database.openH2(dir.resolve("fairaudit"))) {
            assertThat(Files.exists(dir.resolve("fairaudit.mv.db"))).isTrue();
            assertThat(database.location()).endsWith("fairaudit.mv.db");
            assertThat(tables(database)).contains("PROFILE", "INSTALLATION_SETTING", "SUPPLIER", "WORKFORCE_PROFILE",
                    "WORKFORCE_MIGRANT_GROUP", "RECRUITMENT_AGENCY", "CODE", "CODE_SECTION", "REQUIREMENT", "AUDIT",
                    "AUDIT_CODE", "RESPONSE", "RESPONSE_EVIDENCE", "FINDING", "FINDING_REQUIREMENT",
                    "FINDING_INDICATOR", "CORRECTIVE_ACTION", "ATTACHMENT", "ATTACHMENT_CONTENT", "CHANGE_LOG",
                    "CHANGE_LOG_HEAD");
        }
    }

    /** H2 traces every failed query to a file beside the database; a new file is not asked for a schema it lacks. */
    @Test
    void aNewDatabaseIsNotAskedForItsSchemaHistory() throws Exception {
        Database.openH2(dir.resolve("fairaudit")).close();

        Path trace = dir.resolve("fairaudit.trace.db");
        assertThat(Files.exists(trace) ? Files.readString(trace) : "").doesNotContain("flyway_schema_history");
    }

    @Test
    void installationIdIsMadeOnceAndKept() {
        UUID first;
        try (Database database = Database.openH2(dir.resolve("fairaudit.mv.db"))) {
            first = new InstallationSettings(database).installationId();
        }
        try (Database database = Database.openH2(dir.resolve("fairaudit"))) {
            assertThat(new InstallationSettings(database).installationId()).isEqualTo(first);
        }
    }

    @Test
    void closeCompactsTheSpaceThatManySmallCommitsLeaveBehind() throws Exception {
        Path file = dir.resolve("fairaudit.mv.db");
        long beforeClose;
        try (Database database = Database.openH2(file)) {
            JdbcProfileService profiles = new JdbcProfileService(database);
            profiles.createAndUse("Auditor", org.fairaudit.domain.Role.AUDITOR);
            JdbcSupplierService suppliers = new JdbcSupplierService(database, profiles);
            for (int i = 0; i < 300; i++) {
                suppliers.save(org.fairaudit.domain.Supplier.draft("Supplier " + i, "MY"));
            }
            beforeClose = Files.size(file);
        }
        assertThat(Files.size(file)).isLessThan(beforeClose / 2);
        try (Database reopened = Database.openH2(file)) {
            assertThat(new JdbcSupplierService(reopened, new JdbcProfileService(reopened)).search("")).hasSize(300);
        }
    }

    @Test
    void onlyAFileWithMuchDeadSpaceIsCompactedAtClose() {
        Path file = dir.resolve("fairaudit.mv.db");
        Database.openH2(file).close();
        try (Database database = Database.openH2(file)) {
            assertThat(database.compactsAtClose()).as("just compacted: every chunk is live").isFalse();
            JdbcProfileService profiles = new JdbcProfileService(database);
            profiles.createAndUse("Auditor", org.fairaudit.domain.Role.AUDITOR);
            JdbcSupplierService suppliers = new JdbcSupplierService(database, profiles);
            for (int i = 0; i < 300; i++) {
                suppliers.save(org.fairaudit.domain.Supplier.draft("Supplier " + i, "MY"));
            }
            assertThat(database.compactsAtClose()).as("300 small commits, each a chunk").isTrue();
        }
    }

    @Test
    @Timeout(30)
    void aSecondProcessGetsAPlainMessageNotAStackTrace() throws Exception {
        Path file = dir.resolve("fairaudit");
        try (ChildJvm holder = ChildJvm.start(HoldDatabaseMain.class, file.toString())) {
            assertThat(holder.readLine()).isEqualTo("open");

            assertThatThrownBy(() -> Database.openH2(file))
                    .isInstanceOf(DatabaseInUseException.class)
                    .hasMessageContaining("fairaudit.mv.db")
                    .hasMessageContaining("already open")
                    .hasMessageContaining("process " + holder.process.pid())
                    .hasMessageNotContaining("!db.");
        }
        try (Database reopened = Database.openH2(file)) {
            assertThat(reopened.location()).endsWith("fairaudit.mv.db");
        }
    }

    private static List<String> tables(Database database) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = database.connection();
             ResultSet rs = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
