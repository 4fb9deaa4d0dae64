package org.fairaudit.ui.codes;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.Permission;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.CodeImportPreview;
import org.fairaudit.service.CodeImportService;
import org.fairaudit.service.ImportProblem;
import org.fairaudit.service.ProfileService;
import org.fairaudit.ui.common.ImportReview;
import org.fairaudit.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Import code from Excel…": validates the sheet in the background, offers the review, stores the code once confirmed. */
public final class CodeImportViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(CodeImportViewModel.class);

    private final CodeImportService imports;
    private final ProfileService profiles;
    private final UiExecutor executor;
    private final Runnable onImported;
    private final ReadOnlyObjectWrapper<ImportReview> review = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private CodeImportPreview preview;

    /** @param onImported reloads the codes list */
    public CodeImportViewModel(CodeImportService imports, ProfileService profiles, UiExecutor executor,
                               Runnable onImported) {
        this.imports = imports;
        this.profiles = profiles;
        this.executor = executor;
        this.onImported = onImported;
    }

    public boolean allowed() {
        return profiles.may(Permission.IMPORT_CODES);
    }

    public void preview(Path file) {
        message.set(Messages.get("sheets.import.reading", file.getFileName()));
        executor.submit(() -> imports.preview(file), this::show, this::failed);
    }

    private void show(CodeImportPreview read) {
        preview = read;
        message.set("");
        List<String> lines = read.code().map(CodeImportViewModel::describe).orElse(List.of());
        review.set(new ImportReview(Messages.get("sheets.code.title", read.file()), lines,
                read.rejected().stream().map(ImportProblem::toString).toList(), read.canApply()));
    }

    private static List<String> describe(CodeOfConduct code) {
        return List.of(Messages.get("sheets.code.summary", code.title(), code.id(), code.version(), code.issuer()),
                Messages.get("sheets.code.counts", code.sections().size(), code.requirementCount()));
    }

    public void apply() {
        CodeImportPreview confirmed = preview;
        discard();
        if (confirmed == null || !confirmed.canApply()) {
            return;
        }
        executor.submit(() -> imports.apply(confirmed), written -> {
            message.set(Messages.get("sheets.code.imported", confirmed.code().orElseThrow().title(), written));
            onImported.run();
        }, this::failed);
    }

    public void discard() {
        preview = null;
        review.set(null);
    }

    private void failed(Throwable error) {
        LOG.info("Code sheet import refused: {}", error.getClass().getSimpleName());
        message.set(Messages.get("sheets.import.failed", String.valueOf(error.getMessage())));
    }

    public ReadOnlyObjectProperty<ImportReview> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
