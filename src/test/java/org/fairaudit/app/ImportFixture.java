package org.fairaudit.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fairaudit.domain.Role;
import org.fairaudit.service.AuditSummary;
import org.fairaudit.service.ConfidentialExport;
import org.fairaudit.service.ProgressListener;

/** A demo database signed in as a reviewer (who may import CAP sheets and codes), and its audit reports. */
final class ImportFixture implements AutoCloseable {
    final Path dir;
    final AppContext context;

    private ImportFixture(Path dir, AppContext context) {
        this.dir = dir;
        this.context = context;
    }

    static ImportFixture demo(Path dir) {
        ImportFixture fixture = reviewer(dir);
        fixture.context.services().demoData().createDemoData(ProgressListener.NONE);
        return fixture;
    }

    /** An empty database. */
    static ImportFixture reviewer(Path dir) {
        AppContext context = opened(dir);
        context.services().profiles().createAndUse("Brand reviewer", Role.REVIEWER);
        return new ImportFixture(dir, context);
    }

    /** The same database opened again, as after a restart. */
    static ImportFixture reopen(Path dir) {
        return new ImportFixture(dir, opened(dir));
    }

    /** Opened, with the built-in codes stored (that goes on in the background), so digests compare settled files. */
    private static AppContext opened(Path dir) {
        AppContext context = AppContext.open(database(dir));
        context.services().codes().codes();
        return context;
    }

    static Path database(Path dir) {
        return dir.resolve("fairaudit");
    }

    /** The audit report of the demo audit that has the most findings, as FairAudit writes it. */
    Path exportedReport(String name) {
        AuditSummary audit = context.services().audits().list().stream()
                .max(Comparator.comparingInt(a -> context.services().findings()
                        .findingsOfAudit(a.audit().id()).size()))
                .orElseThrow();
        Path report = dir.resolve(name);
        context.services().reports().exportAudit(audit.audit().id(), report, ConfidentialExport.redacted(),
                ProgressListener.NONE);
        return report;
    }

    /** A copy of {@code report} with the Findings &amp; CAP sheet edited as a spreadsheet program would save it. */
    Path edited(Path report, String name, Consumer<Sheet> edit) throws IOException {
        Path copy = dir.resolve(name);
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in);
             OutputStream out = Files.newOutputStream(copy)) {
            edit.accept(workbook.getSheet("Findings & CAP"));
            workbook.write(out);
        }
        return copy;
    }

    String digest() throws Exception {
        return TableDigest.of(context.databasePath());
    }

    @Override
    public void close() {
        context.close();
    }
}
