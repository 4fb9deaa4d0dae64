package org.fairaudit.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.util.Duration;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.Profile;
import org.fairaudit.service.Services;
import org.fairaudit.ui.audit.AuditsScreen;
import org.fairaudit.ui.audit.FilePicker;
import org.fairaudit.ui.codes.CodesView;
import org.fairaudit.ui.codes.CodesViewModel;
import org.fairaudit.ui.common.ErrorReporter;
import org.fairaudit.ui.common.FxDebouncer;
import org.fairaudit.ui.common.FxUiExecutor;
import org.fairaudit.ui.dashboard.DashboardView;
import org.fairaudit.ui.dashboard.PortfolioExportViewModel;
import org.fairaudit.ui.dashboard.DashboardViewModel;
import org.fairaudit.ui.finding.FindingsScreen;
import org.fairaudit.ui.main.MainView;
import org.fairaudit.ui.main.MainViewModel;
import org.fairaudit.ui.main.NavigationEntry;
import org.fairaudit.ui.supplier.SuppliersView;
import org.fairaudit.ui.supplier.SuppliersViewModel;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * Wires the main window's screens to the services: the one wiring that both {@link FairAuditApp} and the
 * end-to-end test use. Only the file dialogs differ: the app passes the native ones.
 */
record MainWindowFactory(AppContext context, FxUiExecutor executor, ErrorReporter errors, FilePicker files,
                         Clock clock) {
    private static final Duration SEARCH_PAUSE = Duration.millis(250);

    MainView create(Profile profile) {
        Services s = context.services();
        List<NavigationEntry> screens = List.of(
                new NavigationEntry("main.nav.dashboard", MaterialDesignV.VIEW_DASHBOARD,
                        new DashboardView(new DashboardViewModel(s.dashboard(), executor, errors, clock),
                                s.profiles().may(Permission.EXPORT_PORTFOLIO)
                                        ? new PortfolioExportViewModel(s.portfolio(), executor) : null,
                                owner -> files.chooseReportTarget(owner,
                                        PortfolioExportViewModel.defaultFileName(LocalDate.now(clock))))),
                new NavigationEntry("main.nav.suppliers", MaterialDesignF.FACTORY,
                        new SuppliersView(new SuppliersViewModel(s.suppliers(), s.fees(), executor, errors,
                                new FxDebouncer(SEARCH_PAUSE), clock))),
                new NavigationEntry("main.nav.audits", MaterialDesignC.CLIPBOARD_CHECK_OUTLINE,
                        new AuditsScreen(s.audits(), s.suppliers(), s.codes(), s.findings(), s.reports(),
                                s.profiles(), executor, files, clock)),
                new NavigationEntry("main.nav.findings", MaterialDesignA.ALERT_OUTLINE,
                        new FindingsScreen(s.findings(), s.suppliers(), executor, clock)),
                new NavigationEntry("main.nav.codes", MaterialDesignB.BOOK_OPEN_VARIANT,
                        new CodesView(new CodesViewModel(s.codes(), executor, errors))));
        return new MainView(new MainViewModel(screens, profile, context.databasePath(), executor.runningTasks()));
    }
}
