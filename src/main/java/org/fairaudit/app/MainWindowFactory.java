package org.fairaudit.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.util.Duration;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.Profile;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.ProfileService;
import org.fairaudit.service.Services;
import org.fairaudit.ui.audit.AuditsScreen;
import org.fairaudit.ui.audit.FilePicker;
import org.fairaudit.ui.codes.CodeImportViewModel;
import org.fairaudit.ui.codes.CodesView;
import org.fairaudit.ui.codes.CodesViewModel;
import org.fairaudit.ui.common.ErrorReporter;
import org.fairaudit.ui.common.FxDebouncer;
import org.fairaudit.ui.common.FxUiExecutor;
import org.fairaudit.ui.common.RecordHistoryViewModel;
import org.fairaudit.ui.common.Screen;
import org.fairaudit.ui.dashboard.DashboardView;
import org.fairaudit.ui.dashboard.PortfolioExportViewModel;
import org.fairaudit.ui.dashboard.DashboardViewModel;
import org.fairaudit.ui.exchange.ExchangeScreen;
import org.fairaudit.ui.exchange.PackageExports;
import org.fairaudit.ui.finding.FindingsScreen;
import org.fairaudit.ui.main.MainView;
import org.fairaudit.ui.main.MainViewModel;
import org.fairaudit.ui.main.NavigationEntry;
import org.fairaudit.ui.monitor.MonitorReportsScreen;
import org.fairaudit.ui.review.ReviewInboxScreen;
import org.fairaudit.ui.settings.BackupsSection;
import org.fairaudit.ui.settings.BackupsViewModel;
import org.fairaudit.ui.settings.EncryptionSection;
import org.fairaudit.ui.settings.EncryptionViewModel;
import org.fairaudit.ui.settings.ProfilesSection;
import org.fairaudit.ui.settings.ProfilesViewModel;
import org.fairaudit.ui.settings.SettingsView;
import org.fairaudit.ui.supplier.SuppliersView;
import org.fairaudit.ui.supplier.SuppliersViewModel;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * Wires the main window's screens to the services: the one wiring that both {@link FairAuditApp} and the
 * end-to-end test use. Only the file dialogs differ: the app passes the native ones.
 */
record MainWindowFactory(AppContext context, FxUiExecutor executor, ErrorReporter errors, FilePicker files,
                         Clock clock) {
    private static final Duration SEARCH_PAUSE = Duration.millis(250);
    private static final String SETTINGS = "main.nav.settings";

    private CodesView codesView(Services s) {
        CodesViewModel codes = new CodesViewModel(s.codes(), executor, errors);
        return new CodesView(codes, new CodeImportViewModel(s.codeImport(), s.profiles(), executor, codes::load));
    }

    private RecordHistoryViewModel historyIfAllowed(Services s) {
        return s.profiles().may(Permission.READ_HISTORY)
                ? new RecordHistoryViewModel(s.history(), executor, errors) : null;
    }

    MainView create(Profile profile) {
        Services s = context.services();
        ProfileService profiles = s.profiles();
        // Screens a role may not use are not offered; the others are built when first shown, so that the window
        // opens with the first screen's data only.
        PackageExports packages = new PackageExports(s.exchange(), profiles, executor, files);
        List<NavigationEntry> screens = new ArrayList<>();
        add(screens, "main.nav.dashboard", MaterialDesignV.VIEW_DASHBOARD,
                () -> new DashboardView(new DashboardViewModel(s.dashboard(), executor, errors, clock),
                        profiles.may(Permission.EXPORT_PORTFOLIO)
                                ? new PortfolioExportViewModel(s.portfolio(), executor) : null,
                        owner -> files.chooseReportTarget(owner,
                                PortfolioExportViewModel.defaultFileName(LocalDate.now(clock)))),
                Permission.READ_FINDINGS);
        add(screens, "main.nav.suppliers", MaterialDesignF.FACTORY,
                () -> new SuppliersView(new SuppliersViewModel(s.suppliers(), s.fees(), executor, errors,
                        new FxDebouncer(SEARCH_PAUSE), clock), historyIfAllowed(s), packages),
                Permission.READ_SUPPLIERS);
        add(screens, "main.nav.audits", MaterialDesignC.CLIPBOARD_CHECK_OUTLINE,
                () -> new AuditsScreen(s.audits(), s.suppliers(), s.codes(), s.findings(), s.review()::auditHistory,
                        s.reports(), profiles, executor, files, packages, clock), Permission.READ_AUDITS);
        add(screens, "main.nav.findings", MaterialDesignA.ALERT_OUTLINE,
                () -> new FindingsScreen(s.findings(), s.suppliers(), s.capImport(), profiles, executor, clock),
                Permission.READ_FINDINGS);
        add(screens, "main.nav.monitorReports", MaterialDesignA.ACCOUNT_VOICE,
                () -> new MonitorReportsScreen(s.monitorReports(), s.suppliers(), s.codes(), s.findings(), profiles,
                        executor, errors, files, clock),
                Permission.FILE_MONITOR_REPORTS, Permission.READ_ALL_MONITOR_REPORTS);
        add(screens, "main.nav.reviewInbox", MaterialDesignI.INBOX_ARROW_DOWN,
                () -> new ReviewInboxScreen(s.review(), s.monitorReports(), s.findings(), profiles, executor, clock),
                Permission.REVIEW_AUDITS, Permission.REVIEW_MONITOR_REPORTS);
        add(screens, "main.nav.exchange", MaterialDesignP.PACKAGE_VARIANT,
                () -> new ExchangeScreen(packages), Permission.IMPORT_PACKAGES, Permission.EXPORT_PACKAGES);
        add(screens, "main.nav.codes", MaterialDesignB.BOOK_OPEN_VARIANT,
                () -> codesView(s));
        add(screens, SETTINGS, MaterialDesignC.COG_OUTLINE, () -> new SettingsView(List.of(
                new ProfilesSection(new ProfilesViewModel(profiles, s.accounts(), executor, errors)),
                new EncryptionSection(new EncryptionViewModel(s.protection(), executor, errors)),
                new BackupsSection(new BackupsViewModel(s.protection(), executor, errors)))),
                Permission.PROTECT_DATABASE);
        MainViewModel main = new MainViewModel(screens, profile, context.databasePath(), executor.runningTasks());
        warnOfAFailedBackupAtClose(main);
        return new MainView(main);
    }

    /** When the backup at the last close failed, nobody was told: the status bar says so, and leads to Settings. */
    private void warnOfAFailedBackupAtClose(MainViewModel main) {
        if (context.services().profiles().may(Permission.PROTECT_DATABASE)) {
            executor.submit(context.services().protection()::lastFailedBackupAtClose, failed -> failed.ifPresent(
                    failure -> main.warn(Messages.get("main.status.backupFailed"), SETTINGS)), errors::report);
        }
    }

    /** Adds the screen when the signed-in profile holds any of {@code needed} (none given: every role). */
    private void add(List<NavigationEntry> screens, String titleKey, Ikon icon, Supplier<Screen> screen,
                     Permission... needed) {
        ProfileService profiles = context.services().profiles();
        if (needed.length == 0 || Arrays.stream(needed).anyMatch(profiles::may)) {
            screens.add(new NavigationEntry(titleKey, icon, screen));
        }
    }
}
