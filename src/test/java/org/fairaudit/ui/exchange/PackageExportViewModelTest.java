package org.fairaudit.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.PackageSelection;
import org.fairaudit.service.PeerInstallation;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.fairaudit.ui.fakes.FakeExchange;
import org.junit.jupiter.api.Test;

class PackageExportViewModelTest {
    private static final Path TARGET = Path.of("/tmp/golden-thread-audit.fapkg");

    private final FakeExchange exchange = new FakeExchange();
    private final PackageExportViewModel viewModel = new PackageExportViewModel(exchange, new DirectUiExecutor());

    @Test
    void confidentialFieldsStayOutUnlessTickedAndTheTickDoesNotOutliveTheExport() {
        UUID audit = UUID.randomUUID();
        assertThat(viewModel.includeConfidentialProperty().get()).isFalse();
        viewModel.export(PackageScope.ofAudit(audit, "Golden Thread"), TARGET);

        viewModel.includeConfidentialProperty().set(true);
        viewModel.export(PackageScope.ofAudit(audit, "Golden Thread"), TARGET);

        assertThat(exchange.exported).containsExactly(PackageSelection.ofAudit(audit, false),
                PackageSelection.ofAudit(audit, true));
        assertThat(viewModel.includeConfidentialProperty().get()).isFalse();
        assertThat(viewModel.messageProperty().get()).isEqualTo(Messages.get("exchange.export.done", TARGET, 3, 1));
    }

    @Test
    void changesSinceTheLastPackageAddressThePeer() {
        PeerInstallation peer = new PeerInstallation(UUID.randomUUID(), "Brand / reviewer");
        PackageScope scope = PackageScope.changesSinceLastTo(peer);

        viewModel.export(scope, TARGET);

        assertThat(exchange.exported).containsExactly(PackageSelection.changesSinceLastTo(peer.installationId(),
                false));
        assertThat(scope.defaultFileName()).isEqualTo("Brand-reviewer-changes.fapkg");
    }
}
