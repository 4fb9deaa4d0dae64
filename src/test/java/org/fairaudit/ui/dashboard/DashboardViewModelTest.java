package org.fairaudit.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.fairaudit.domain.Severity;
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
        assertThat(dashboard.forcedLabourRisk()).containsExactly("Harbour Seafood");
        assertThat(dashboard.openFindings()).containsExactly(new SeverityCount(Severity.ZERO_TOLERANCE, 2),
                new SeverityCount(Severity.MAJOR, 5), new SeverityCount(Severity.MINOR, 0));
        assertThat(dashboard.emptyProperty().get()).isFalse();
        assertThat(dashboard.loadingProperty().get()).isFalse();
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
