package org.fairaudit.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.fairaudit.ui.fakes.RecordingErrors;
import org.junit.jupiter.api.Test;

class EncryptionViewModelTest {
    private final FakeProtection protection = new FakeProtection();
    private final RecordingErrors errors = new RecordingErrors();
    private final EncryptionViewModel viewModel = new EncryptionViewModel(protection, new DirectUiExecutor(), errors);

    private void typeNew(String passphrase, String repeat) {
        viewModel.next().passphraseProperty().set(passphrase);
        viewModel.next().repeatProperty().set(repeat);
    }

    @Test
    void encryptsAPlainDatabaseAndWarnsAboutItsPlainBackups() {
        protection.plainBackups = 2;
        viewModel.load();
        typeNew("short", "short");
        assertThat(viewModel.next().validBinding().get()).isFalse();
        typeNew("long enough passphrase", "long enough passphrase!");
        assertThat(viewModel.next().validBinding().get()).as("repeat differs").isFalse();
        typeNew("long enough passphrase", "long enough passphrase");

        viewModel.applyNewPassphrase();

        assertThat(protection.changes).containsExactly("none -> long enough passphrase");
        assertThat(viewModel.encryptedProperty().get()).isTrue();
        assertThat(viewModel.next().passphraseProperty().get()).isEmpty();
        assertThat(viewModel.outcomeProperty().get()).contains(Messages.get("settings.encryption.changed"))
                .contains(Messages.get("settings.encryption.plainBackups", 2));
        assertThat(errors.reported).isEmpty();
    }

    @Test
    void changingOrRemovingNeedsTheCurrentPassphrase() {
        protection.encrypted = true;
        viewModel.load();
        viewModel.currentPassphraseProperty().set("current passphrase");
        typeNew("next passphrase", "next passphrase");
        viewModel.applyNewPassphrase();
        viewModel.currentPassphraseProperty().set("next passphrase");
        viewModel.removePassphrase();

        assertThat(protection.changes).containsExactly("current passphrase -> next passphrase",
                "next passphrase -> none");
        assertThat(viewModel.encryptedProperty().get()).isFalse();
        assertThat(viewModel.currentPassphraseProperty().get()).isEmpty();
        assertThat(viewModel.outcomeProperty().get()).isEqualTo(Messages.get("settings.encryption.removed"));
    }
}
