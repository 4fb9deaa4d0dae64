package org.fairaudit.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fairaudit.persistence.UnreadableDatabaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyOpeningTest {
    @TempDir
    Path dir;

    @Test
    void opensAnExistingPlainDatabase() throws Exception {
        Path db = dir.resolve("fairaudit");
        AppContext.open(db).close();

        try (AppContext opened = EarlyOpening.startIfNoDialogNeeded(db).await()) {
            assertThat(opened.databasePath()).contains("fairaudit");
        }
    }

    @Test
    void aNewOrEncryptedDatabaseWaitsForItsDialog() {
        assertThat(EarlyOpening.startIfNoDialogNeeded(dir.resolve("new"))).isNull();

        Path encrypted = dir.resolve("locked");
        AppContext.open(encrypted, "a long passphrase".toCharArray()).close();
        assertThat(EarlyOpening.startIfNoDialogNeeded(encrypted)).isNull();
    }

    /** The window offers backups for a damaged file: it must get the exception opening threw, not a wrapper. */
    @Test
    void aFailureReachesTheWindowAsThrown() throws Exception {
        Files.writeString(dir.resolve("fairaudit.mv.db"), "PK not a database ".repeat(100));

        EarlyOpening opening = EarlyOpening.startIfNoDialogNeeded(dir.resolve("fairaudit"));

        assertThatThrownBy(opening::await).isInstanceOf(UnreadableDatabaseException.class);
    }
}
