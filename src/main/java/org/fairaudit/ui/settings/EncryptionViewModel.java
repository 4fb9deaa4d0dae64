package org.fairaudit.ui.settings;

import java.util.Arrays;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.DatabaseProtectionService;
import org.fairaudit.ui.common.ErrorReporter;
import org.fairaudit.ui.common.UiExecutor;
import org.fairaudit.ui.main.ProtectionChoiceViewModel;

/** Set, change or remove the database passphrase. The current passphrase is asked again for every change. */
public final class EncryptionViewModel {
    private final DatabaseProtectionService protection;
    private final UiExecutor executor;
    private final ErrorReporter errors;
    private final ReadOnlyBooleanWrapper encrypted = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final StringProperty current = new SimpleStringProperty("");
    private final ProtectionChoiceViewModel next = new ProtectionChoiceViewModel();

    public EncryptionViewModel(DatabaseProtectionService protection, UiExecutor executor, ErrorReporter errors) {
        this.protection = protection;
        this.executor = executor;
        this.errors = errors;
    }

    public void load() {
        executor.submit(protection::isEncrypted, encrypted::set, errors::report);
    }

    /** Encrypts with, or changes to, the new passphrase. */
    public void applyNewPassphrase() {
        if (next.validBinding().get()) {
            change(next.takePassphrase(), "settings.encryption.changed");
        }
    }

    public void removePassphrase() {
        change(null, "settings.encryption.removed");
    }

    private void change(char[] newPassphrase, String doneKey) {
        char[] currentPassphrase = encrypted.get() ? current.get().toCharArray() : null;
        current.set("");
        busy.set(true);
        outcome.set("");
        executor.submitWithProgress(Messages.get("settings.encryption.task"), progress -> {
            try {
                return protection.changePassphrase(currentPassphrase, newPassphrase);
            } finally {
                wipe(currentPassphrase);
                wipe(newPassphrase);
            }
        }, plainBackups -> {
            busy.set(false);
            encrypted.set(newPassphrase != null);
            outcome.set(Messages.get(doneKey) + (plainBackups > 0
                    ? " " + Messages.get("settings.encryption.plainBackups", plainBackups) : ""));
        }, error -> {
            busy.set(false);
            errors.report(error);
        });
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    public ReadOnlyBooleanProperty encryptedProperty() {
        return encrypted.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public StringProperty currentPassphraseProperty() {
        return current;
    }

    public ProtectionChoiceViewModel next() {
        return next;
    }
}
