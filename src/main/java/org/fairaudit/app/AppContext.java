package org.fairaudit.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.fairaudit.codes.CodeLibrary;
import org.fairaudit.codes.TemplateProblem;
import org.fairaudit.domain.Role;
import org.fairaudit.excel.ExcelAuditReportWriter;
import org.fairaudit.excel.ExcelPortfolioWriter;
import org.fairaudit.i18n.Messages;
import org.fairaudit.persistence.ChangeLog;
import org.fairaudit.persistence.ChangeLogVerification;
import org.fairaudit.persistence.Database;
import org.fairaudit.persistence.JdbcAuditService;
import org.fairaudit.persistence.JdbcCodeService;
import org.fairaudit.persistence.JdbcDashboardService;
import org.fairaudit.persistence.JdbcFeeService;
import org.fairaudit.persistence.JdbcFindingService;
import org.fairaudit.persistence.JdbcPortfolioSource;
import org.fairaudit.persistence.JdbcProfileService;
import org.fairaudit.persistence.JdbcSupplierService;
import org.fairaudit.service.AuditReportService;
import org.fairaudit.service.DemoData;
import org.fairaudit.service.PortfolioService;
import org.fairaudit.service.Services;

/**
 * The composition root: opens the database, loads the codes of conduct and builds every service once.
 * The window and each command line command use one context and close it when done.
 */
public final class AppContext implements AutoCloseable {
    private static final String H2_SUFFIX = ".mv.db";
    /** Users add their own code templates here, beside the database. */
    private static final String USER_CODES_FOLDER = "codes";

    private final Database database;
    private final Services services;

    private AppContext(Database database, Services services) {
        this.database = database;
        this.services = services;
    }

    /** Opens the database at {@code db}, creating and migrating it when needed. */
    public static AppContext open(Path db) {
        Clock clock = Clock.systemDefaultZone();
        // Parsing the templates and migrating the database each take about a second on a cold JVM: overlap them.
        CompletableFuture<CodeLibrary> loading = CompletableFuture.supplyAsync(
                () -> CodeLibrary.loadBuiltInAnd(db.toAbsolutePath().getParent().resolve(USER_CODES_FOLDER)));
        Database database = Database.openH2(db);
        try {
            CodeLibrary library = loading.join();
            JdbcProfileService profiles = new JdbcProfileService(database);
            JdbcCodeService codes = new JdbcCodeService(database, library.codes(), library.crosswalk(),
                    library.problems().stream().map(TemplateProblem::toString).toList());
            JdbcSupplierService suppliers = new JdbcSupplierService(database, profiles);
            JdbcAuditService audits = new JdbcAuditService(database, profiles, codes);
            JdbcFindingService findings = new JdbcFindingService(database, profiles);
            JdbcFeeService fees = new JdbcFeeService(database, profiles);
            AuditReportService reports = new AuditReportService(audits, suppliers, fees, findings, codes, profiles,
                    new ExcelAuditReportWriter(clock.getZone()), AppVersion.current(), clock);
            PortfolioService portfolio = new PortfolioService(
                    new JdbcPortfolioSource(database, profiles, audits, clock),
                    new ExcelPortfolioWriter(clock.getZone()), codes, profiles, AppVersion.current(), clock);
            return new AppContext(database, new Services(profiles, codes, suppliers, fees, audits, findings,
                    new JdbcDashboardService(database, codes), reports, portfolio,
                    new DemoData(suppliers, fees, audits, findings, codes, clock)));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Opens an existing database only: commands that read must not leave an empty database behind a typo. */
    public static AppContext openExisting(Path db) {
        Path file = db.toString().endsWith(H2_SUFFIX) ? db : Path.of(db + H2_SUFFIX);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(Messages.get("cli.db.missing", db));
        }
        return open(db);
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

    /** Headless commands stamp changes with a profile: the given name, else the current one, else the OS user. */
    void ensureProfile(String name) {
        if (name != null && !name.isBlank()) {
            services.profiles().createAndUse(name.strip(), Role.AUDITOR);
        } else if (services.profiles().current().isEmpty()) {
            services.profiles().createAndUse(System.getProperty("user.name", "auditor"), Role.AUDITOR);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
