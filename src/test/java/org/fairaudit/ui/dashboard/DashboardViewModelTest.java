package org.fairaudit.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.fairaudit.domain.Severity;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.DashboardSummary;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.fairaudit.ui.fakes.RecordingErrors;
import org.junit.jupiter.api.Test;

class DashboardViewModelTest {
    private final RecordingErrors errors = new RecordingErrors();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T08:00:00Z"), ZoneOffset.UTC);
    private LocalDate askedFor;

    private DashboardViewModel dashboardShowing(DashboardSummary summary) {
        return new DashboardViewModel(today -> {
            askedFor = today;
            return summary;
        }, new DirectUiExecutor(), errors, clock);
    }

    @Test
    void mapsTheSummaryToCardsAndBars() {
        DashboardViewModel dashboard = dashboardShowing(new DashboardSummary(
                Map.of(Severity.ZERO_TOLERANCE, 2, Severity.MAJOR, 5, Severity.OBSERVATION, 9),
                3, 1, 4, List.of("Harbour Seafood")));

        dashboard.load();

        assertThat(askedFor).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(dashboard.zeroToleranceProperty().get()).isEqualTo(2);
        assertThat(dashboard.majorProperty().get()).isEqualTo(5);
        assertThat(dashboard.minorProperty().get()).isZero();
        assertThat(dashboard.overdueActionsProperty().get()).isEqualTo(3);
        assertThat(dashboard.auditsInProgressProperty().get()).isEqualTo(1);
        assertThat(dashboard.suppliersProperty().get()).isEqualTo(4);
        assertThat(dashboard.forcedLabourSummaryProperty().get()).isEqualTo("Harbour Seafood");
        assertThat(dashboard.openFindings()).containsExactly(new SeverityCount(Severity.ZERO_TOLERANCE, 2),
                new SeverityCount(Severity.MAJOR, 5), new SeverityCount(Severity.MINOR, 0));
        assertThat(dashboard.emptyProperty().get()).isFalse();
        assertThat(dashboard.loadingProperty().get()).isFalse();
    }

    @Test
    void aPortfolioNamesTheFirstSuppliersAtRiskAndCountsTheRest() {
        List<String> names = IntStream.rangeClosed(1, 312).mapToObj(i -> "Supplier " + i).toList();
        DashboardViewModel dashboard = dashboardShowing(new DashboardSummary(Map.of(), 0, 0, 1000, names));

        dashboard.load();

        assertThat(dashboard.forcedLabourSummaryProperty().get())
                .startsWith("Supplier 1, Supplier 2, ")
                .endsWith("Supplier 12 and 300 more.")
                .doesNotContain("Supplier 13");
    }

    @Test
    void chartTicksAreRoundNumbers() {
        assertThat(DashboardViewModel.tickUnit(0)).isEqualTo(1);
        assertThat(DashboardViewModel.tickUnit(3)).isEqualTo(1);
        assertThat(DashboardViewModel.tickUnit(7)).isEqualTo(2);
        assertThat(DashboardViewModel.tickUnit(48)).isEqualTo(10);
        assertThat(DashboardViewModel.tickUnit(19_988)).isEqualTo(5_000);
        assertThat(DashboardViewModel.tickUnit(99_000)).isEqualTo(20_000);
    }

    @Test
    void noRiskSaysSo() {
        DashboardViewModel dashboard = dashboardShowing(new DashboardSummary(Map.of(), 0, 0, 4, List.of()));

        dashboard.load();

        assertThat(dashboard.forcedLabourSummaryProperty().get()).isEqualTo(Messages.get("dashboard.forcedLabour.none"));
    }

    @Test
    void anEmptyDatabaseShowsTheEmptyState() {
        DashboardViewModel dashboard = dashboardShowing(new DashboardSummary(Map.of(), 0, 0, 0, List.of()));

        dashboard.load();

        assertThat(dashboard.emptyProperty().get()).isTrue();
    }

    @Test
    void aFailureIsReportedOnce() {
        DashboardViewModel dashboard = new DashboardViewModel(today -> {
            throw new IllegalStateException("database closed");
        }, new DirectUiExecutor(), errors, clock);

        dashboard.load();

        assertThat(errors.reported).singleElement().isInstanceOf(IllegalStateException.class);
        assertThat(dashboard.loadingProperty().get()).isFalse();
    }
}
