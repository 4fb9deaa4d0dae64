package org.fairaudit.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.fairaudit.service.BackupFailure;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.fairaudit.ui.fakes.RecordingErrors;
import org.junit.jupiter.api.Test;

class BackupsViewModelTest {
    private final FakeProtection protection = new FakeProtection();
    private final RecordingErrors errors = new RecordingErrors();
    private final BackupsViewModel viewModel = new BackupsViewModel(protection, new DirectUiExecutor(), errors);

    @Test
    void showsTheBackupsAndSavesHowManyToKeep() {
        protection.backUpNow();
        protection.kept = 7;
        viewModel.load();
        assertThat(viewModel.backups()).hasSize(1);
        assertThat(viewModel.keptProperty().get()).as("loading does not write back").isEqualTo(7);

        viewModel.keptProperty().set(4);
        assertThat(protection.kept).isEqualTo(4);
    }

    @Test
    void backUpNowListsTheNewBackup() {
        viewModel.load();
        viewModel.backUpNow();
        assertThat(viewModel.backups()).hasSize(1);
        assertThat(viewModel.outcomeProperty().get()).contains("fairaudit-0.zip");
    }

    @Test
    void aFailedBackupAtCloseIsExplainedUntilABackupIsTaken() {
        protection.failedAtClose = new BackupFailure(Instant.parse("2026-12-03T17:45:00Z"),
                "FileSystemException: /media/usb/backups: No space left on device");
        viewModel.load();

        assertThat(viewModel.failedAtCloseProperty().get()).contains("No space left on device")
                .contains("Back up now").doesNotContain("{");

        viewModel.backUpNow();

        assertThat(viewModel.failedAtCloseProperty().get()).isEmpty();
    }

    @Test
    void restoreHandsOverThePassphraseAndWipesIt() {
        protection.encrypted = true;
        protection.backUpNow();
        viewModel.load();

        viewModel.restore(viewModel.backups().get(0), "backup passphrase".toCharArray());

        assertThat(protection.restored).containsExactly("fairaudit-0.zip with backup passphrase");
        assertThat(protection.lastRestorePassphrase).containsOnly('\0');
        assertThat(errors.reported).isEmpty();
    }
}
