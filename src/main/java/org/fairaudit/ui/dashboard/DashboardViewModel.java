package org.fairaudit.ui.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fairaudit.domain.Severity;
import org.fairaudit.service.DashboardService;
import org.fairaudit.service.DashboardSummary;
import org.fairaudit.ui.common.ErrorReporter;
import org.fairaudit.ui.common.UiExecutor;

/** The counts of the dashboard, loaded in the background. */
public final class DashboardViewModel {
    /** The severities that need corrective action, in the order cards and bars show them. */
    static final List<Severity> CHARTED = List.of(Severity.ZERO_TOLERANCE, Severity.MAJOR, Severity.MINOR);

    private final DashboardService dashboard;
    private final UiExecutor executor;
    private final ErrorReporter errors;
    private final Clock clock;

    private final ReadOnlyIntegerWrapper zeroTolerance = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper major = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper minor = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper overdueActions = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper auditsInProgress = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper suppliers = new ReadOnlyIntegerWrapper();
    private final ObservableList<String> forcedLabourRisk = FXCollections.observableArrayList();
    private final ObservableList<SeverityCount> openFindings = FXCollections.observableArrayList();
    private final ObservableList<String> forcedLabourRiskView = FXCollections.unmodifiableObservableList(forcedLabourRisk);
    private final ObservableList<SeverityCount> openFindingsView = FXCollections.unmodifiableObservableList(openFindings);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);

    public DashboardViewModel(DashboardService dashboard, UiExecutor executor, ErrorReporter errors, Clock clock) {
        this.dashboard = dashboard;
        this.executor = executor;
        this.errors = errors;
        this.clock = clock;
    }

    public void load() {
        loading.set(true);
        LocalDate today = LocalDate.now(clock);
        executor.submit(() -> dashboard.summary(today), this::show, error -> {
            loading.set(false);
            errors.report(error);
        });
    }

    private void show(DashboardSummary summary) {
        zeroTolerance.set(openOf(summary, Severity.ZERO_TOLERANCE));
        major.set(openOf(summary, Severity.MAJOR));
        minor.set(openOf(summary, Severity.MINOR));
        overdueActions.set(summary.overdueActions());
        auditsInProgress.set(summary.auditsInProgress());
        suppliers.set(summary.suppliers());
        forcedLabourRisk.setAll(summary.suppliersWithForcedLabourRisk());
        openFindings.setAll(CHARTED.stream().map(s -> new SeverityCount(s, openOf(summary, s))).toList());
        // Findings, audits and actions all belong to a supplier: no supplier means nothing recorded yet.
        empty.set(summary.suppliers() == 0);
        loading.set(false);
    }

    private static int openOf(DashboardSummary summary, Severity severity) {
        return summary.openFindingsBySeverity().getOrDefault(severity, 0);
    }

    public ReadOnlyIntegerProperty zeroToleranceProperty() {
        return zeroTolerance.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty majorProperty() {
        return major.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty minorProperty() {
        return minor.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty overdueActionsProperty() {
        return overdueActions.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty auditsInProgressProperty() {
        return auditsInProgress.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty suppliersProperty() {
        return suppliers.getReadOnlyProperty();
    }

    /** Names of suppliers with a possible or strong forced-labour risk. */
    public ObservableList<String> forcedLabourRisk() {
        return forcedLabourRiskView;
    }

    /** Open findings per charted severity. */
    public ObservableList<SeverityCount> openFindings() {
        return openFindingsView;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True once loaded and nothing is recorded yet. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }
}
