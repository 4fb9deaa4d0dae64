package org.fairaudit.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.ForcedLabourRisk;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Scope;
import org.fairaudit.domain.Severity;
import org.fairaudit.domain.Supplier;
import org.fairaudit.excel.ExcelPortfolioWriter;
import org.fairaudit.service.PortfolioFilter;
import org.fairaudit.service.PortfolioRows.ActionLine;
import org.fairaudit.service.PortfolioRows.CountryTopicCounts;
import org.fairaudit.service.PortfolioRows.FindingLine;
import org.fairaudit.service.PortfolioRows.SupplierLine;
import org.fairaudit.service.PortfolioService;
import org.fairaudit.service.PortfolioSource;
import org.fairaudit.ui.common.ProgressWork;
import org.fairaudit.ui.common.UiExecutor;
import org.fairaudit.ui.fakes.FakeProfiles;
import org.fairaudit.ui.fakes.SampleCodes;
import org.junit.jupiter.api.BeforeEach;
import org.fairaudit.ui.fakes.CancelAfterReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portfolio export from the dashboard, with the real workbook writer and a source of generated rows. */
class PortfolioExportViewModelTest {
    private static final int FINDINGS = 2_000;

    @TempDir
    Path dir;
    final FakeProfiles profiles = new FakeProfiles();
    final CancellingExecutor executor = new CancellingExecutor();
    PortfolioExportViewModel viewModel;

    @BeforeEach
    void setUp() {
        profiles.createAndUse("Brand reviewer", Role.REVIEWER);
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC);
        PortfolioService portfolio = new PortfolioService(new GeneratedSource(), new ExcelPortfolioWriter(ZoneOffset.UTC),
                new SampleCodes(), profiles, "test", clock);
        viewModel = new PortfolioExportViewModel(portfolio, executor);
    }

    @Test
    void exportsAndSaysWhere() {
        Path target = dir.resolve("portfolio.xlsx");
        viewModel.export(target);

        assertThat(target).exists();
        assertThat(viewModel.messageProperty().get()).contains(target.toString());
        assertThat(viewModel.runningProperty().get()).isFalse();
    }

    @Test
    void cancellingHalfwayLeavesNoFileNotEvenAPartialOne() throws Exception {
        executor.cancelAfterProgressReports = 3;
        Path target = dir.resolve("portfolio.xlsx");

        viewModel.export(target);

        assertThat(viewModel.messageProperty().get()).isEqualTo("Export cancelled; no file was written.");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
        assertThat(viewModel.canExportBinding().get()).isTrue();
    }

    @Test
    void cancellingKeepsAnEarlierWorkbookUnderTheSameName() throws Exception {
        Path target = dir.resolve("portfolio.xlsx");
        Files.writeString(target, "earlier");
        executor.cancelAfterProgressReports = 3;

        viewModel.export(target);

        assertThat(Files.readString(target)).isEqualTo("earlier");
    }

    @Test
    void invalidFiltersDisableTheExport() {
        viewModel.fromProperty().set(LocalDate.of(2026, 5, 1));
        viewModel.toProperty().set(LocalDate.of(2026, 1, 1));
        assertThat(viewModel.canExportBinding().get()).isFalse();
        assertThat(viewModel.datesMessage().get()).contains("2026-05-01");

        viewModel.toProperty().set(null);
        viewModel.countryProperty().set("Atlantis");
        assertThat(viewModel.canExportBinding().get()).isFalse();
        assertThat(viewModel.countryMessage().get()).isNotEmpty();

        viewModel.countryProperty().set("MY");
        assertThat(viewModel.canExportBinding().get()).isTrue();
        viewModel.export(dir.resolve("none.xlsx"));
        assertThat(dir.resolve("none.xlsx")).exists();
    }

    /** Runs work on the calling thread, like DirectUiExecutor, and cancels after a number of progress reports. */
    static final class CancellingExecutor implements UiExecutor {
        int cancelAfterProgressReports = Integer.MAX_VALUE;

        @Override
        public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onError.accept(e);
                return;
            }
            onSuccess.accept(result);
        }

        @Override
        public <T> void submitWithProgress(String title, ProgressWork<T> work, Consumer<T> onSuccess,
                                           Consumer<Throwable> onError) {
            submit(() -> work.run(new CancelAfterReports(cancelAfterProgressReports)), onSuccess, onError);
        }
    }

    /** One supplier with many findings and actions, generated as they are streamed. */
    static final class GeneratedSource implements PortfolioSource {
        private final Supplier supplier = Supplier.draft("Perak Precision Electronics", "MY");

        @Override
        public long rowCount(PortfolioFilter filter) {
            return 2L * FINDINGS;
        }

        @Override
        public void suppliers(PortfolioFilter filter, Consumer<SupplierLine> sink) {
            sink.accept(new SupplierLine(supplier, Optional.empty(), null, Map.of(Severity.MAJOR, FINDINGS), 0,
                    ForcedLabourRisk.NONE, Map.of("NPR", new BigDecimal("1000.00"))));
        }

        @Override
        public void findings(PortfolioFilter filter, Consumer<FindingLine> sink) {
            for (int i = 0; i < FINDINGS; i++) {
                sink.accept(new FindingLine(UUID.randomUUID(), supplier.name(), "MY", null, LocalDate.of(2026, 5, 1),
                        List.of("fair-recruitment:FR-1"), Severity.MAJOR, FindingStatus.OPEN, "Fees charged " + i,
                        "Receipts", 12, Scope.SYSTEMIC, Set.of(), "Agent practice"));
            }
        }

        @Override
        public void actions(PortfolioFilter filter, Consumer<ActionLine> sink) {
        }

        @Override
        public CountryTopicCounts countryTopicCounts(PortfolioFilter filter) {
            return new CountryTopicCounts(Map.of("MY", Map.of("recruitment-fees", FINDINGS)));
        }
    }
}
