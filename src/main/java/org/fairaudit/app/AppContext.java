package org.fairaudit.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.fairaudit.codes.CodeLibrary;
import org.fairaudit.codes.TemplateProblem;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;
import org.fairaudit.codes.UserCodeFolder;
import org.fairaudit.excel.CapSheetReader;
import org.fairaudit.excel.CodeSheetReader;
import org.fairaudit.excel.ExcelAuditReportWriter;
import org.fairaudit.excel.SheetReader;
import org.fairaudit.i18n.Messages;
import org.fairaudit.persistence.ChangeLog;
import org.fairaudit.persistence.ChangeLogVerification;
import org.fairaudit.persistence.Database;
import org.fairaudit.persistence.JdbcAuditService;
import org.fairaudit.persistence.JdbcCodeService;
import org.fairaudit.persistence.JdbcDashboardService;
import org.fairaudit.persistence.JdbcFindingService;
import org.fairaudit.persistence.JdbcProfileService;
import org.fairaudit.persistence.JdbcSupplierService;
import org.fairaudit.service.AuditReportService;
import org.fairaudit.service.CapImportService;
import org.fairaudit.service.CodeImportService;
import org.fairaudit.service.DemoData;
import org.fairaudit.service.ProfileAccounts;
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
        Path userCodes = db.toAbsolutePath().getParent().resolve(USER_CODES_FOLDER);
        CompletableFuture<CodeLibrary> loading = CompletableFuture.supplyAsync(
                () -> CodeLibrary.loadBuiltInAnd(userCodes));
        Database database = Database.openH2(db);
        try {
            CodeLibrary library = loading.join();
            JdbcProfileService profiles = new JdbcProfileService(database);
            JdbcCodeService codes = new JdbcCodeService(database, library.codes(), library.crosswalk(),
                    library.problems().stream().map(TemplateProblem::toString).toList(), profiles);
            JdbcSupplierService suppliers = new JdbcSupplierService(database, profiles);
            JdbcAuditService audits = new JdbcAuditService(database, profiles, codes);
            JdbcFindingService findings = new JdbcFindingService(database, profiles);
            SheetReader sheets = new SheetReader(SheetReader.Limits.DEFAULT);
            AuditReportService reports = new AuditReportService(audits, suppliers, findings, codes, profiles,
                    new ExcelAuditReportWriter(clock.getZone()), AppVersion.current(), clock);
            return new AppContext(database, new Services(profiles, profiles, codes, suppliers, audits, findings,
                    new JdbcDashboardService(database, profiles, codes), reports,
                    new DemoData(suppliers, audits, findings, codes, profiles, profiles, suppliers::isEmpty, clock),
                    new CapImportService(findings, new CapSheetReader(sheets), profiles),
                    new CodeImportService(codes, new CodeSheetReader(sheets),
                            new UserCodeFolder(userCodes, library.crosswalk()), profiles)));
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
        database.close();
    }
}
