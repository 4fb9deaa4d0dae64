package org.fairaudit.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.fairaudit.codes.CodeTemplates;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;
import org.fairaudit.codes.UserCodeFolder;
import org.fairaudit.excel.CapSheetReader;
import org.fairaudit.excel.CodeSheetReader;
import org.fairaudit.excel.ExcelAuditReportWriter;
import org.fairaudit.excel.SheetReader;
import org.fairaudit.excel.ExcelPortfolioWriter;
import org.fairaudit.i18n.Messages;
import org.fairaudit.persistence.ChangeLog;
import org.fairaudit.persistence.ChangeLogVerification;
import org.fairaudit.exchange.PackageLimits;
import org.fairaudit.persistence.Database;
import org.fairaudit.persistence.DatabaseFile;
import org.fairaudit.persistence.JdbcDatabaseProtectionService;
import org.fairaudit.persistence.JdbcExchangeService;
import org.fairaudit.persistence.JdbcAuditService;
import org.fairaudit.persistence.JdbcCodeService;
import org.fairaudit.persistence.JdbcDashboardService;
import org.fairaudit.persistence.JdbcFeeService;
import org.fairaudit.persistence.JdbcFindingService;
import org.fairaudit.persistence.JdbcHistoryService;
import org.fairaudit.persistence.JdbcMonitorReportService;
import org.fairaudit.persistence.JdbcPortfolioSource;
import org.fairaudit.persistence.JdbcProfileService;
import org.fairaudit.persistence.JdbcReviewService;
import org.fairaudit.persistence.JdbcSupplierService;
import org.fairaudit.service.AuditReportService;
import org.fairaudit.service.CapImportService;
import org.fairaudit.service.CodeImportService;
import org.fairaudit.service.DemoData;
import org.fairaudit.service.ProfileAccounts;
import org.fairaudit.service.PortfolioService;
import org.fairaudit.service.Services;

/**
 * The composition root: opens the database, loads the codes of conduct and builds every service once.
 * The window and each command line command use one context and close it when done.
 */
public final class AppContext implements AutoCloseable {
    /** Users add their own code templates here, beside the database. */
    private static final String USER_CODES_FOLDER = "codes";

    private final Database database;
    private final JdbcCodeService codes;
    private final Services services;
    private final JdbcDatabaseProtectionService protection;

    private AppContext(Database database, JdbcCodeService codes, Services services,
                       JdbcDatabaseProtectionService protection) {
        this.database = database;
        this.codes = codes;
        this.services = services;
        this.protection = protection;
    }

    /** Opens the unencrypted database at {@code db}, creating and migrating it when needed. */
    public static AppContext open(Path db) {
        return open(db, null);
    }

    /**
     * Opens the database at {@code db}, creating and migrating it when needed.
     *
     * @param passphrase opens an encrypted file, or encrypts a new one; null for none. The caller wipes it.
     */
    public static AppContext open(Path db, char[] passphrase) {
        Clock clock = Clock.systemDefaultZone();
        // Loading the codes goes on in the background, while the database opens and then while the window shows; only
        // the screens that need codes wait. Parsing the templates, most of a second on a cold JVM, is skipped while
        // they are the ones parsed at an earlier start.
        Path userCodes = db.toAbsolutePath().getParent().resolve(USER_CODES_FOLDER);
        CompletableFuture<CodeTemplates> loading = CompletableFuture.supplyAsync(
                () -> CodeTemplates.readBuiltInAnd(userCodes));
        Database database = Database.openH2(db, passphrase);
        try {
            JdbcProfileService profiles = new JdbcProfileService(database);
            JdbcCodeService codes = JdbcCodeService.loadingInBackground(database, loading, profiles);
            JdbcSupplierService suppliers = new JdbcSupplierService(database, profiles);
            JdbcAuditService audits = new JdbcAuditService(database, profiles, codes);
            JdbcFindingService findings = new JdbcFindingService(database, profiles);
            JdbcMonitorReportService monitorReports = new JdbcMonitorReportService(database, profiles, codes);
            JdbcReviewService review = new JdbcReviewService(database, profiles);
            SheetReader sheets = new SheetReader(SheetReader.Limits.DEFAULT);
            JdbcFeeService fees = new JdbcFeeService(database, profiles);
            AuditReportService reports = new AuditReportService(audits, suppliers, fees, findings, codes, profiles,
                    new ExcelAuditReportWriter(clock.getZone()), AppVersion.current(), clock);
            PortfolioService portfolio = new PortfolioService(
                    new JdbcPortfolioSource(database, profiles, audits, clock),
                    new ExcelPortfolioWriter(clock.getZone()), codes, profiles, AppVersion.current(), clock);
            JdbcDatabaseProtectionService protection = new JdbcDatabaseProtectionService(database, profiles, clock);
            return new AppContext(database, codes, new Services(profiles, profiles, codes, suppliers, fees, audits, findings,
                    new JdbcDashboardService(database, profiles, codes), reports, portfolio,
                    new DemoData(suppliers, fees, audits, findings, codes, monitorReports, review, profiles, profiles,
                            suppliers::isEmpty, clock),
                    monitorReports, review, new JdbcHistoryService(database, profiles), protection,
                    new CapImportService(findings, new CapSheetReader(sheets), profiles),
                    new CodeImportService(codes, new CodeSheetReader(sheets),
                            new UserCodeFolder(userCodes, codes::crosswalk), profiles),
                    new JdbcExchangeService(database, profiles, signingKeyBeside(database),
                            Path.of(System.getProperty("java.io.tmpdir")), PackageLimits.STANDARD)), protection);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** This installation's exchange signing key lives in the data folder, beside the database file. */
    private static Path signingKeyBeside(Database database) {
        return DatabaseFile.of(Path.of(database.location())).besideWithSuffix(".signing-key");
    }

    /** Commands that read must not leave an empty database behind a typo. */
    static void requireExisting(Path db) {
        if (!DatabaseFile.of(db).exists()) {
            throw new IllegalArgumentException(Messages.get("cli.db.missing", db));
        }
    }

    public Services services() {
        return services;
    }

    /** Recomputes the change log's hash chain (for {@code changelog verify}). */
    ChangeLogVerification verifyChangeLog() {
        return new ChangeLog(database).verify();
    }

    public String databasePath() {
        return database.location();
    }

    /** A new database's first profile, for a command: the given name, else the OS user; an auditor. */
    void createFirstProfile(String name) {
        String chosen = name != null && !name.isBlank() ? name.strip() : System.getProperty("user.name", "auditor");
        services.profiles().createAndUse(chosen, Role.AUDITOR);
    }

    /**
     * Signs a command in: as the named profile, else as the profile the database signs in by itself (its only
     * profile, without a password).
     */
    void signIn(String name, char[] password) {
        ProfileAccounts accounts = services.accounts();
        if (name == null || name.isBlank()) {
            Arrays.fill(password, '\0');
            if (services.profiles().current().isEmpty()) {
                throw new IllegalArgumentException(Messages.get("cli.profile.required"));
            }
            return;
        }
        Profile profile = accounts.signInChoices().stream()
                .filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Messages.get("cli.profile.unknown", name.strip())));
        accounts.signIn(profile.id(), password);
    }

    @Override
    public void close() {
        codes.awaitStart();
        database.close();
    }

    /** Closing the window: a rolling backup first, so that the last session can always be restored. */
    public void closeWithBackup() {
        try {
            protection.backUpAtClose();
        } finally {
            close();
        }
    }
}
