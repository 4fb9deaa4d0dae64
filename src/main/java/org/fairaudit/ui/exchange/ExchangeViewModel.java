package org.fairaudit.ui.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fairaudit.domain.Permission;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.ExchangeService;
import org.fairaudit.service.ImportSummary;
import org.fairaudit.service.PackageCheck;
import org.fairaudit.service.PackageRefusedException;
import org.fairaudit.service.PeerInstallation;
import org.fairaudit.service.ProfileService;
import org.fairaudit.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Exchange screen's import and peers: a package is verified in the background; a signer not known yet is
 * trusted only when the {@link #setTrustPrompt trust prompt} says so; then it is merged with progress, and the
 * summary (or the check that refused it) is shown.
 */
final class ExchangeViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeViewModel.class);

    private final ExchangeService exchange;
    private final ProfileService profiles;
    private final UiExecutor executor;
    private final ObservableList<PeerInstallation> peers = FXCollections.observableArrayList();
    private final ObjectProperty<PeerInstallation> selectedPeer = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ImportSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private Predicate<PackageCheck> trustPrompt = check -> false;
    private Runnable onImported = () -> { };

    ExchangeViewModel(ExchangeService exchange, ProfileService profiles, UiExecutor executor) {
        this.exchange = exchange;
        this.profiles = profiles;
        this.executor = executor;
    }

    boolean mayImport() {
        return profiles.may(Permission.IMPORT_PACKAGES);
    }

    boolean mayExport() {
        return profiles.may(Permission.EXPORT_PACKAGES);
    }

    /** Reloads the known installations (only a role that may export addresses them). */
    void refresh() {
        if (mayExport()) {
            executor.submit(exchange::peers, this::showPeers, error -> failed("exchange.peers.failed", error));
        }
    }

    private void showPeers(List<PeerInstallation> loaded) {
        PeerInstallation kept = selectedPeer.get();
        peers.setAll(loaded);
        selectedPeer.set(kept != null && loaded.contains(kept) ? kept : null);
    }

    /** Verifies, asks about a new signer, then merges; nothing is written when refused or not trusted. */
    void importPackage(Path file) {
        summary.set(null);
        refusal.set("");
        message.set(Messages.get("exchange.import.checking", file.getFileName()));
        executor.submit(() -> exchange.check(file), check -> merge(file, check), this::importFailed);
    }

    private void merge(Path file, PackageCheck check) {
        if (!check.trusted() && !trustPrompt.test(check)) {
            message.set(Messages.get("exchange.import.notTrusted", file.getFileName()));
            return;
        }
        message.set(Messages.get("exchange.import.running", file.getFileName()));
        executor.submitWithProgress(Messages.get("exchange.import.progress"),
                progress -> exchange.importPackage(file, !check.trusted(), progress), merged -> {
                    summary.set(merged);
                    message.set(Messages.get("exchange.import.done", file.getFileName()));
                    refresh();
                    onImported.run();
                }, this::importFailed);
    }

    private void importFailed(Throwable error) {
        if (error instanceof PackageRefusedException refused) {
            message.set("");
            refusal.set(refused.getMessage());
        } else if (error instanceof CancellationException) {
            message.set(Messages.get("exchange.import.cancelled"));
        } else {
            failed("exchange.import.failed", error);
        }
    }

    private void failed(String key, Throwable error) {
        LOG.warn("Exchange screen: {}", key, error);
        message.set(Messages.get(key, String.valueOf(error.getMessage())));
    }

    /** @param prompt shows the new signer and returns whether the user trusts it */
    void setTrustPrompt(Predicate<PackageCheck> prompt) {
        trustPrompt = prompt;
    }

    /** @param action run after a package was merged (its conflicts may need a look) */
    void setOnImported(Runnable action) {
        onImported = action;
    }

    ObservableList<PeerInstallation> peers() {
        return peers;
    }

    ObjectProperty<PeerInstallation> selectedPeerProperty() {
        return selectedPeer;
    }

    /** What the last import did; {@code null} before one succeeded. */
    ReadOnlyObjectProperty<ImportSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last package was refused, naming the check that failed; empty otherwise. */
    ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }
}
