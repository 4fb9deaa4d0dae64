package org.fairaudit.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fairaudit.domain.Role;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.ImportSummary;
import org.fairaudit.service.PackageCheck;
import org.fairaudit.service.PackageRefusal;
import org.fairaudit.service.PackageRefusedException;
import org.fairaudit.service.PeerInstallation;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.fairaudit.ui.fakes.FakeExchange;
import org.fairaudit.ui.fakes.FakeProfiles;
import org.junit.jupiter.api.Test;

class ExchangeViewModelTest {
    private static final Path FILE = Path.of("/tmp/from-the-field.fapkg");

    private final FakeExchange exchange = new FakeExchange();
    private final FakeProfiles profiles = new FakeProfiles();
    private final List<PackageCheck> prompted = new ArrayList<>();
    private final ExchangeViewModel viewModel = new ExchangeViewModel(exchange, profiles, new DirectUiExecutor());

    ExchangeViewModelTest() {
        profiles.createAndUse("Brand reviewer", Role.REVIEWER);
        exchange.summary = new ImportSummary(4, 1, 2, 1, 0);
    }

    @Test
    void aNewSignerIsImportedOnlyWhenTrusted() {
        exchange.check = check(false);
        viewModel.setTrustPrompt(check -> {
            prompted.add(check);
            return false;
        });

        viewModel.importPackage(FILE);

        assertThat(prompted).containsExactly(exchange.check);
        assertThat(exchange.importedTrusting).isEmpty();
        assertThat(viewModel.summaryProperty().get()).isNull();
        assertThat(viewModel.messageProperty().get())
                .isEqualTo(Messages.get("exchange.import.notTrusted", FILE.getFileName()));
    }

    @Test
    void aTrustedNewSignerIsImportedTrustingItAndTheSummaryShown() {
        exchange.check = check(false);
        exchange.peers.add(new PeerInstallation(exchange.check.installationId(), "Aye Thandar"));
        viewModel.setTrustPrompt(check -> prompted.add(check));

        viewModel.importPackage(FILE);

        assertThat(exchange.importedTrusting).containsExactly(true);
        assertThat(viewModel.summaryProperty().get()).isEqualTo(exchange.summary);
        assertThat(ExchangeScreen.summaryText(viewModel.summaryProperty().get()))
                .isEqualTo("Inserted 4, updated 1, unchanged 2, conflicts 1, refused 0");
        assertThat(viewModel.peers()).extracting(PeerInstallation::name).containsExactly("Aye Thandar");
    }

    @Test
    void aKnownSignerIsNotAskedAbout() {
        exchange.check = check(true);
        viewModel.setTrustPrompt(check -> prompted.add(check));

        viewModel.importPackage(FILE);

        assertThat(prompted).isEmpty();
        assertThat(exchange.importedTrusting).containsExactly(false);
    }

    @Test
    void aRefusedPackageNamesTheCheckItFailed() {
        exchange.refusal = new PackageRefusedException(PackageRefusal.SIGNATURE, FILE);

        viewModel.importPackage(FILE);

        assertThat(viewModel.refusalProperty().get())
                .isEqualTo(Messages.get("exchange.refused.signature", FILE.getFileName().toString()));
        assertThat(viewModel.summaryProperty().get()).isNull();
        assertThat(exchange.importedTrusting).isEmpty();
    }

    @Test
    void peersAreLoadedOnlyForARoleThatMayExport() {
        profiles.createAndUse("Field monitor", Role.MONITOR);
        exchange.peers.add(new PeerInstallation(UUID.randomUUID(), "Aye Thandar"));
        ExchangeViewModel monitor = new ExchangeViewModel(exchange, profiles, new DirectUiExecutor());

        assertThat(monitor.mayImport()).isFalse();
        monitor.refresh();

        assertThat(monitor.peers()).hasSize(1); // a monitor may export, so it addresses peers
        profiles.current = null;
        ExchangeViewModel nobody = new ExchangeViewModel(exchange, profiles, new DirectUiExecutor());
        nobody.refresh();
        assertThat(nobody.peers()).isEmpty();
    }

    private static PackageCheck check(boolean trusted) {
        return new PackageCheck(UUID.randomUUID(), "Aye Thandar", "AUDITOR", "ab12 cd34", trusted,
                Instant.parse("2026-11-27T10:00:00Z"), 7, false);
    }
}
