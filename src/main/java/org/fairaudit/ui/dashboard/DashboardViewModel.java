package org.fairaudit.ui.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fairaudit.domain.Severity;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.DashboardService;
import org.fairaudit.service.DashboardSummary;
import org.fairaudit.ui.common.ErrorReporter;
import org.fairaudit.ui.common.UiExecutor;

/** The counts of the dashboard, loaded in the background. */
public final class DashboardViewModel {
    /** The severities that need corrective action, in the order cards and bars show them. */
    static final List<Severity> CHARTED = List.of(Severity.ZERO_TOLERANCE, Severity.MAJOR, Severity.MINOR);
    static final int NAMES_SHOWN = 12;

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
    private final ObservableList<SeverityCount> openFindings = FXCollections.observableArrayList();
    private final ObservableList<SeverityCount> openFindingsView = FXCollections.unmodifiableObservableList(openFindings);
    private final ReadOnlyStringWrapper forcedLabourSummary = new ReadOnlyStringWrapper("");
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
        forcedLabourSummary.set(namesInBrief(summary.suppliersWithForcedLabourRisk()));
        openFindings.setAll(CHARTED.stream().map(s -> new SeverityCount(s, openOf(summary, s))).toList());
        // Findings, audits and actions all belong to a supplier: no supplier means nothing recorded yet.
        empty.set(summary.suppliers() == 0);
        loading.set(false);
    }

    /**
     * The suppliers at risk as the card shows them: a portfolio may hold hundreds, which as one list would push the
     * rest of the dashboard out of sight; the first {@value #NAMES_SHOWN} are named and the rest counted.
     */
    static String namesInBrief(List<String> names) {
        if (names.isEmpty()) {
            return Messages.get("dashboard.forcedLabour.none");
        }
        if (names.size() <= NAMES_SHOWN) {
            return String.join(", ", names);
        }
        return Messages.get("dashboard.forcedLabour.more", String.join(", ", names.subList(0, NAMES_SHOWN)),
                names.size() - NAMES_SHOWN);
    }

    /**
     * The chart's tick step for counts up to {@code largest}: about five ticks, each 1, 2 or 5 times a power of ten,
     * so that the axis reads 0, 5,000, 10,000… rather than 0, 3,998, 7,996….
     */
    static int tickUnit(int largest) {
        double rough = Math.max(1, largest / 5.0);
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double step = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return (int) (step * power);
    }

    private static int openOf(DashboardSummary summary, Severity severity) {
        return summary.openFindingsBySeverity().getOrDefault(severity, 0);
    }

    /** The suppliers with a forced-labour risk, in brief ({@link #namesInBrief}). */
    public ReadOnlyStringProperty forcedLabourSummaryProperty() {
        return forcedLabourSummary.getReadOnlyProperty();
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
