package org.fairaudit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fairaudit.persistence.ChildJvm;
import org.fairaudit.persistence.DatabaseFile;
import org.fairaudit.persistence.TryOpenDatabaseMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartPathTest {
    @TempDir
    Path dir;

    @Test
    void whileTheDatabaseOpensEarlyASecondFairAuditIsStillRefused() throws Exception {
        Path db = dir.resolve("fairaudit");
        AppContext.open(db).close();

        try (AppContext opened = EarlyOpening.startIfNoDialogNeeded(db).await()) {
            assertThat(StartPath.of(DatabaseFile.of(db), true)).isEqualTo(StartPath.EARLY);

            try (ChildJvm second = ChildJvm.start(TryOpenDatabaseMain.class, db.toString())) {
                assertThat(second.readLine()).isEqualTo("in use");
            }
        }
    }

    @Test
    void withoutAnEarlyOpeningTheFileDecides() {
        Path plain = dir.resolve("plain");
        AppContext.open(plain).close();
        Path encrypted = dir.resolve("encrypted");
        AppContext.open(encrypted, "a long passphrase".toCharArray()).close();

        assertThat(StartPath.of(DatabaseFile.of(dir.resolve("new")), false)).isEqualTo(StartPath.NEW);
        assertThat(StartPath.of(DatabaseFile.of(plain), false)).isEqualTo(StartPath.PLAIN);
        assertThat(StartPath.of(DatabaseFile.of(encrypted), false)).isEqualTo(StartPath.ENCRYPTED);
    }
}
