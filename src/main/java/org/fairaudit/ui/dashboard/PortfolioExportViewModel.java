package org.fairaudit.ui.dashboard;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import org.fairaudit.domain.SupplierRules;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.PortfolioFilter;
import org.fairaudit.service.PortfolioService;
import org.fairaudit.ui.common.Countries;
import org.fairaudit.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Export portfolio…": optional dates and country, then the workbook is written in the background with progress
 * and Cancel in the status bar. A cancelled or failed export leaves no file (the writer never moves a partial file
 * into place).
 */
public final class PortfolioExportViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PortfolioExportViewModel.class);

    private final PortfolioService portfolio;
    private final UiExecutor executor;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty country = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final StringBinding datesMessage;
    private final StringBinding countryMessage;
    private final BooleanBinding canExport;

    public PortfolioExportViewModel(PortfolioService portfolio, UiExecutor executor) {
        this.portfolio = portfolio;
        this.executor = executor;
        datesMessage = Bindings.createStringBinding(() -> from.get() != null && to.get() != null
                && from.get().isAfter(to.get()) ? Messages.get("portfolio.filter.fromAfterTo", from.get(), to.get())
                : "", from, to);
        countryMessage = Bindings.createStringBinding(() -> countryCode() == null
                || SupplierRules.isIsoCountry(countryCode()) ? "" : Messages.get("validation.country"), country);
        canExport = Bindings.createBooleanBinding(() -> datesMessage.get().isEmpty() && countryMessage.get().isEmpty()
                && !running.get(), datesMessage, countryMessage, running);
    }

    /** {@code portfolio-<today>.xlsx}. */
    public static String defaultFileName(LocalDate today) {
        return Messages.get("portfolio.export.defaultName", today.toString());
    }

    /** Writes the workbook in the background; nothing while the filters are invalid or an export runs. */
    public void export(Path target) {
        if (!canExport.get()) {
            return;
        }
        PortfolioFilter filter = new PortfolioFilter(from.get(), to.get(), countryCode());
        running.set(true);
        message.set(Messages.get("portfolio.export.running"));
        executor.submitWithProgress(Messages.get("portfolio.export.progress"), progress -> {
            portfolio.exportPortfolio(filter, target, progress);
            return target;
        }, written -> {
            running.set(false);
            message.set(Messages.get("portfolio.export.done", written));
        }, this::failed);
    }

    private void failed(Throwable error) {
        running.set(false);
        if (error instanceof CancellationException) {
            message.set(Messages.get("portfolio.export.cancelled"));
            return;
        }
        LOG.warn("Portfolio export failed", error);
        message.set(Messages.get("portfolio.export.failed", String.valueOf(error.getMessage())));
    }

    private String countryCode() {
        String text = country.get() == null ? "" : country.get().strip();
        return text.isEmpty() ? null : Countries.codeOrRaw(text);
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public ObservableStringValue datesMessage() {
        return datesMessage;
    }

    public ObservableStringValue countryMessage() {
        return countryMessage;
    }

    public BooleanBinding canExportBinding() {
        return canExport;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
