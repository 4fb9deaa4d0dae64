package org.fairaudit.ui.finding;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fairaudit.domain.Permission;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.CapChange;
import org.fairaudit.service.CapImportPreview;
import org.fairaudit.service.CapImportService;
import org.fairaudit.service.ImportProblem;
import org.fairaudit.service.ProfileService;
import org.fairaudit.ui.common.ImportReview;
import org.fairaudit.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Import CAP sheet…": reads and checks the sheet in the background with progress, offers the review, and applies
 * it in the background once confirmed. Nothing is stored before {@link #apply()}.
 */
public final class CapImportViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(CapImportViewModel.class);

    private final CapImportService imports;
    private final ProfileService profiles;
    private final UiExecutor executor;
    private final Runnable onApplied;
    private final ReadOnlyObjectWrapper<ImportReview> review = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private CapImportPreview preview;

    /** @param onApplied reloads what shows the changed findings */
    public CapImportViewModel(CapImportService imports, ProfileService profiles, UiExecutor executor,
                              Runnable onApplied) {
        this.imports = imports;
        this.profiles = profiles;
        this.executor = executor;
        this.onApplied = onApplied;
    }

    /** Whether the signed-in role may import CAP sheets: the action is hidden otherwise. */
    public boolean allowed() {
        return profiles.may(Permission.IMPORT_CAP_SHEETS);
    }

    public void preview(Path file) {
        message.set(Messages.get("sheets.import.reading", file.getFileName()));
        executor.submitWithProgress(Messages.get("sheets.import.progress"),
                progress -> imports.preview(file, progress), this::show, this::failed);
    }

    private void show(CapImportPreview read) {
        preview = read;
        message.set("");
        review.set(new ImportReview(Messages.get("sheets.cap.title", read.file()),
                read.changes().stream().map(CapImportViewModel::line).toList(),
                read.rejected().stream().map(ImportProblem::toString).toList(), read.canApply()));
    }

    static String line(CapChange change) {
        return Messages.get("sheets.cap.change", change.row(), change.record(), change.field().label(),
                change.before().isEmpty() ? "\u2014" : change.before(),
                change.after().isEmpty() ? "\u2014" : change.after());
    }

    /** Stores the reviewed changes in one transaction; a record changed meanwhile refuses them all. */
    public void apply() {
        CapImportPreview confirmed = preview;
        discard();
        if (confirmed == null || !confirmed.canApply()) {
            return;
        }
        executor.submit(() -> imports.apply(confirmed), count -> {
            message.set(Messages.get("sheets.cap.applied", count, confirmed.file()));
            onApplied.run();
        }, this::failed);
    }

    /** The review was closed without applying. */
    public void discard() {
        preview = null;
        review.set(null);
    }

    private void failed(Throwable error) {
        if (error instanceof CancellationException) {
            message.set(Messages.get("sheets.import.cancelled"));
            return;
        }
        LOG.info("CAP sheet import refused: {}", error.getClass().getSimpleName());
        message.set(Messages.get("sheets.import.failed", String.valueOf(error.getMessage())));
    }

    /** Set when a preview is ready to review; back to null once applied or discarded. */
    public ReadOnlyObjectProperty<ImportReview> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
