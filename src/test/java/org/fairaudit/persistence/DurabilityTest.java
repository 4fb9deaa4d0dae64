package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed with SIGKILL loses nothing it reported as saved (DESIGN.md §9, docs/decisions/0004). */
class DurabilityTest {
    static final int ROUNDS = 3;
    static final int COMMITS_BEFORE_KILL = 250;

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void everyAcknowledgedCommitSurvivesKillMinus9() throws Exception {
        Path file = dir.resolve("fairaudit");
        List<UUID> acknowledged = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            try (ChildJvm writer = ChildJvm.start(DurableWriterMain.class, file.toString())) {
                for (int i = 0; i < COMMITS_BEFORE_KILL; i++) {
                    acknowledged.add(UUID.fromString(writer.readLine()));
                }
                // SIGKILL through the handle: Process.destroyForcibly would also close our end of the pipe
                writer.process.toHandle().destroyForcibly();
                writer.process.waitFor();
                // ids the child printed before it died were committed too
                for (String line = writer.readLine(); line != null; line = writer.readLine()) {
                    if (line.length() == 36) {
                        acknowledged.add(UUID.fromString(line));
                    }
                }
            }
        }

        try (Database database = Database.openH2(file)) {
            JdbcSupplierService suppliers = new JdbcSupplierService(database, new JdbcProfileService(database));
            List<UUID> missing = acknowledged.stream().filter(id -> suppliers.find(id).isEmpty()).toList();
            assertThat(missing).as("acknowledged ids missing after kill -9").isEmpty();
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ROUNDS * COMMITS_BEFORE_KILL);
            assertThat(new ChangeLog(database).verify().isIntact()).isTrue();
        }
    }
}
