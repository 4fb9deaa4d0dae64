package org.fairaudit.ui.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.BackupFailure;
import org.fairaudit.service.BackupFile;
import org.fairaudit.service.DatabaseProtectionService;
import org.fairaudit.ui.common.BackupLabels;
import org.fairaudit.ui.common.ErrorReporter;
import org.fairaudit.ui.common.UiExecutor;

/** The backups beside the database: how many are kept, back up now, restore one. */
public final class BackupsViewModel {
    private final DatabaseProtectionService protection;
    private final UiExecutor executor;
    private final ErrorReporter errors;
    private final ObservableList<BackupFile> backups = FXCollections.observableArrayList();
    private final IntegerProperty kept = new SimpleIntegerProperty(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failedAtClose = new ReadOnlyStringWrapper("");
    private boolean loading;

    public BackupsViewModel(DatabaseProtectionService protection, UiExecutor executor, ErrorReporter errors) {
        this.protection = protection;
        this.executor = executor;
        this.errors = errors;
        kept.addListener((obs, old, now) -> {
            if (!loading) {
                int count = now.intValue();
                executor.submit(() -> {
                    protection.setBackupsKept(count);
                    return null;
                }, saved -> { }, errors::report);
            }
        });
    }

    public void load() {
        executor.submit(() -> new State(protection.backups(), protection.backupsKept(),
                protection.lastFailedBackupAtClose()), state -> {
            backups.setAll(state.backups());
            failedAtClose.set(state.failedAtClose().map(BackupLabels::of).orElse(""));
            loading = true;
            kept.set(state.kept());
            loading = false;
        }, errors::report);
    }

    public void backUpNow() {
        run(Messages.get("settings.backups.task"), () -> Messages.get("settings.backups.taken",
                BackupLabels.of(protection.backUpNow())));
    }

    /** Restores {@code backup} (the current database is kept aside first); {@code passphrase} is wiped. */
    public void restore(BackupFile backup, char[] passphrase) {
        run(Messages.get("settings.backups.restoreTask"), () -> {
            try {
                protection.restore(backup, passphrase);
                return Messages.get("settings.backups.restored", BackupLabels.of(backup));
            } finally {
                if (passphrase != null) {
                    Arrays.fill(passphrase, '\0');
                }
            }
        });
    }

    private void run(String title, java.util.concurrent.Callable<String> work) {
        busy.set(true);
        outcome.set("");
        executor.submitWithProgress(title, progress -> work.call(), done -> {
            busy.set(false);
            outcome.set(done);
            load();
        }, error -> {
            busy.set(false);
            errors.report(error);
        });
    }

    public ObservableList<BackupFile> backups() {
        return backups;
    }

    public IntegerProperty keptProperty() {
        return kept;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Why the backup at the last close could not be taken; empty when it was, or when one was taken since. */
    public ReadOnlyStringProperty failedAtCloseProperty() {
        return failedAtClose.getReadOnlyProperty();
    }

    private record State(List<BackupFile> backups, int kept, Optional<BackupFailure> failedAtClose) {
    }
}
