package org.fairaudit.ui.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.ConfidentialExport;
import org.fairaudit.service.ReportService;
import org.fairaudit.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Export Excel report…": leaves confidential fields out unless the user ticks them in, and then asks for a
 * password, twice, that encrypts the workbook; writes it in the background and says where it went.
 *
 * <p>The password fields hold Strings, as JavaFX text controls do; they are cleared as soon as the export starts
 * or is given up ({@link #reset()}), and the service gets its own array, which it wipes.
 */
final class ExportViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ExportViewModel.class);

    private final UUID auditId;
    private final ReportService reports;
    private final UiExecutor executor;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty includeConfidential = new SimpleBooleanProperty(false);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordConfirmation = new SimpleStringProperty("");
    private final StringBinding passwordMessage;
    private final StringBinding confirmationMessage;
    private final BooleanBinding canExport;

    ExportViewModel(UUID auditId, ReportService reports, UiExecutor executor) {
        this.auditId = auditId;
        this.reports = reports;
        this.executor = executor;
        passwordMessage = Bindings.createStringBinding(() -> includeConfidential.get()
                ? ConfidentialExport.passwordProblem(password.get()).orElse("")
                : "", includeConfidential, password);
        // only once something is typed: an empty second field is not yet a mistake
        confirmationMessage = Bindings.createStringBinding(() -> includeConfidential.get()
                && !passwordConfirmation.get().isEmpty() && !passwordsMatch()
                ? Messages.get("audit.export.passwordMismatch")
                : "", includeConfidential, password, passwordConfirmation);
        canExport = Bindings.createBooleanBinding(() -> !includeConfidential.get()
                || passwordMessage.get().isEmpty() && passwordsMatch(),
                includeConfidential, passwordMessage, password, passwordConfirmation);
    }

    /** {@code <supplier>-<start date>-audit.xlsx}, with characters that file systems refuse replaced. */
    static String defaultFileName(String supplierName, LocalDate startDate) {
        String supplier = supplierName == null || supplierName.isBlank() ? "audit" : supplierName.trim();
        String safe = supplier.replaceAll("[\\\\/:*?\"<>|\\s]+", "-");
        return safe + "-" + (startDate == null ? "" : startDate) + "-audit.xlsx";
    }

    /** Back to the safe default, redacted, with the password fields cleared: for a new or abandoned export. */
    void reset() {
        includeConfidential.set(false);
        clearPasswords();
    }

    /** Writes the report in the background, with progress and cancel in the status bar; nothing while invalid. */
    void export(Path target) {
        if (!canExport.get()) {
            return;
        }
        ConfidentialExport confidential = includeConfidential.get()
                ? ConfidentialExport.encryptedWith(password.get().toCharArray())
                : ConfidentialExport.redacted();
        clearPasswords();
        message.set(Messages.get("audit.export.running"));
        executor.submitWithProgress(Messages.get("audit.export.progress"), progress -> {
            reports.exportAudit(auditId, target, confidential, progress);
            return target;
        }, written -> message.set(Messages.get("audit.export.done", written)), this::failed);
    }

    private boolean passwordsMatch() {
        return Objects.equals(password.get(), passwordConfirmation.get());
    }

    private void clearPasswords() {
        password.set("");
        passwordConfirmation.set("");
    }

    private void failed(Throwable error) {
        if (error instanceof CancellationException) {
            message.set(Messages.get("audit.export.cancelled"));
            return;
        }
        LOG.warn("Export of audit {} failed", auditId, error);
        message.set(Messages.get("audit.export.failed", String.valueOf(error.getMessage())));
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    BooleanProperty includeConfidentialProperty() {
        return includeConfidential;
    }

    StringProperty passwordProperty() {
        return password;
    }

    StringProperty passwordConfirmationProperty() {
        return passwordConfirmation;
    }

    /** Why the password cannot be used ("too short"); empty when fine or not needed. */
    ObservableStringValue passwordMessage() {
        return passwordMessage;
    }

    /** "The passwords do not match" once the second field differs; empty otherwise. */
    ObservableStringValue confirmationMessage() {
        return confirmationMessage;
    }

    BooleanBinding canExportBinding() {
        return canExport;
    }
}
