package org.fairaudit.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.Response;
import org.fairaudit.domain.Supplier;
import org.fairaudit.persistence.WrongPassphraseException;
import org.fairaudit.service.ConfidentialExport;
import org.fairaudit.service.ProgressListener;
import org.fairaudit.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Typical work with worker text (pseudonyms, interview notes, finding descriptions), failures included, at the
 * debug log level: nothing of that text reaches the log, neither in messages nor in exceptions.
 */
class LogSafetyTest {
    private static final String PSEUDONYM = "W-Zq81-Pseudonym";
    private static final String INTERVIEW = "Zq81 told us the supervisor keeps her passport";
    private static final String DESCRIPTION = "Zq81 finding: fees of 3200 USD deducted";
    private static final String SUPPLIER = "Zq81 Garments";
    private static final List<String> MARKERS = List.of(PSEUDONYM, INTERVIEW, DESCRIPTION, SUPPLIER, "Zq81");

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level levelBefore;

    @BeforeEach
    void captureEverything() {
        levelBefore = root.getLevel();
        root.setLevel(Level.DEBUG); // every level our code and H2 use; TRACE adds only library internals
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void restore() {
        root.detachAppender(log);
        root.setLevel(levelBefore);
    }

    /** As the application does where a failure is finally caught (ErrorDialogs, Cli, FairAuditApp). */
    private static void loggedWhereCaught(Throwable failure) {
        LoggerFactory.getLogger(LogSafetyTest.class).error("Background work failed", failure);
    }

    @Test
    void workerTextNeverReachesTheLog() throws Exception {
        Path db = dir.resolve("fairaudit");
        char[] passphrase = "log safety passphrase".toCharArray();
        try (AppContext context = AppContext.open(db, passphrase.clone())) {
            context.createFirstProfile("Auditor");
            Services s = context.services();
            s.demoData().createDemoData(ProgressListener.NONE);
            Supplier supplier = s.suppliers().save(Supplier.draft(SUPPLIER, "MY"));
            UUID auditId = s.audits().list().get(0).audit().id();
            Response response = s.audits().responses(auditId).get(0);
            Response withNotes = s.audits().saveResponse(new Response(response.id(), auditId, response.requirement(),
                    response.result(), response.evidence(), INTERVIEW, INTERVIEW, response.version()));
            Finding finding = s.findings().findingsOfAudit(auditId).get(0);
            Finding described = s.findings().save(copy(finding, finding.supplierId(), DESCRIPTION, finding.version()));

            // failures: stale versions, an invalid finding, an export without permission to write there
            for (Runnable failing : List.<Runnable>of(
                    () -> s.audits().saveResponse(withNotes),
                    () -> s.findings().save(copy(described, null, DESCRIPTION, 0)),
                    () -> s.findings().save(copy(described, supplier.id(), DESCRIPTION, described.version() - 1)),
                    () -> s.reports().exportAudit(auditId, dir.resolve("missing-folder/r.xlsx"),
                            ConfidentialExport.encryptedWith("report password".toCharArray()), ProgressListener.NONE))) {
                try {
                    failing.run();
                } catch (RuntimeException e) {
                    loggedWhereCaught(e);
                }
            }
            s.reports().exportAudit(auditId, dir.resolve("report.xlsx"),
                    ConfidentialExport.encryptedWith("report password".toCharArray()), ProgressListener.NONE);
            s.protection().backUpNow();
        }
        assertThatThrownBy(() -> AppContext.open(db, "wrong passphrase".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class).satisfies(LogSafetyTest::loggedWhereCaught);
        Files.writeString(db.resolveSibling("fairaudit.mv.db"), PSEUDONYM.repeat(100));
        assertThatThrownBy(() -> AppContext.open(db, passphrase)).satisfies(LogSafetyTest::loggedWhereCaught);

        assertThat(log.list).as("the test logged its failures").hasSizeGreaterThanOrEqualTo(5);
        for (ILoggingEvent event : log.list) {
            String text = event.getFormattedMessage() + "\n" + throwableText(event.getThrowableProxy());
            assertThat(MARKERS).as("log line: %s", event.getFormattedMessage()).noneMatch(text::contains);
        }
        assertThat(String.join(" ", MARKERS)).as("the markers are what the test wrote").contains(PSEUDONYM);
    }

    private static Finding copy(Finding f, UUID supplierId, String description, long version) {
        return new Finding(f.id(), supplierId, f.auditId(), f.requirements(), f.severity(), description, INTERVIEW,
                f.workersAffected(), f.scope(), f.indicators(), f.rootCause(), f.status(), f.raisedOn(), PSEUDONYM,
                version);
    }

    private static String throwableText(IThrowableProxy proxy) {
        return proxy == null ? "" : ThrowableProxyUtil.asString(proxy);
    }
}
