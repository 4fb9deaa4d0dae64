package org.fairaudit.ui.exchange;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.ExchangeService;
import org.fairaudit.service.PackageSelection;
import org.fairaudit.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Export package…": confidential fields stay out unless ticked in; the package is written in the background with
 * progress and cancel, and the message says where it went and what it holds.
 */
public final class PackageExportViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PackageExportViewModel.class);

    private final ExchangeService exchange;
    private final UiExecutor executor;
    private final BooleanProperty includeConfidential = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public PackageExportViewModel(ExchangeService exchange, UiExecutor executor) {
        this.exchange = exchange;
        this.executor = executor;
    }

    /** Back to the safe default: confidential fields left out. */
    void reset() {
        includeConfidential.set(false);
    }

    void export(PackageScope scope, Path target) {
        PackageSelection selection = scope.selection().apply(includeConfidential.get());
        reset();
        message.set(Messages.get("exchange.export.running"));
        executor.submitWithProgress(Messages.get("exchange.export.progress"),
                progress -> exchange.exportPackage(selection, target, progress),
                result -> message.set(Messages.get("exchange.export.done", result.file(), result.records(),
                        result.attachmentFiles())),
                this::failed);
    }

    private void failed(Throwable error) {
        if (error instanceof CancellationException) {
            message.set(Messages.get("exchange.export.cancelled"));
            return;
        }
        LOG.warn("Package export failed", error);
        message.set(Messages.get("exchange.export.failed", String.valueOf(error.getMessage())));
    }

    BooleanProperty includeConfidentialProperty() {
        return includeConfidential;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
