package org.fairaudit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.Announcement;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.AuditType;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeSection;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.domain.EvidenceSource;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.Requirement;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Response;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Scope;
import org.fairaudit.domain.Severity;
import org.fairaudit.domain.Supplier;
import org.fairaudit.exchange.PackageLimits;
import org.fairaudit.persistence.Database;
import org.fairaudit.persistence.JdbcAuditService;
import org.fairaudit.persistence.JdbcCodeService;
import org.fairaudit.persistence.JdbcExchangeService;
import org.fairaudit.persistence.JdbcFindingService;
import org.fairaudit.persistence.JdbcProfileService;
import org.fairaudit.persistence.JdbcSupplierService;
import org.fairaudit.service.ExportResult;
import org.fairaudit.service.ImportSummary;
import org.fairaudit.service.PackageSelection;
import org.fairaudit.service.ProgressListener;

/**
 * Export then import of a package of 5,000 records and 200 attachments between two H2 databases (targets: export
 * ≤ 1 s, import ≤ 2 s). Not a test: run {@code bench/run-exchange-bench.sh [dir]}.
 */
public final class ExchangeBenchmark {
    private static final int SUPPLIERS = 500;
    private static final int AUDITS = 200;
    private static final int REQUIREMENTS = 5; // 1,000 responses
    private static final int FINDINGS = 1_650;
    private static final int ATTACHMENTS = 200;

    private ExchangeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench")),
                "exchange-");
        CodeOfConduct code = benchmarkCode();
        try (Database sender = Database.openH2(dir.resolve("sender/fairaudit"));
             Database receiver = Database.openH2(dir.resolve("receiver/fairaudit"))) {
            JdbcProfileService senderProfiles = new JdbcProfileService(sender);
            senderProfiles.createAndUse("Benchmark auditor", Role.AUDITOR);
            fill(sender, senderProfiles, code, dir);
            JdbcExchangeService senderExchange = new JdbcExchangeService(sender, senderProfiles,
                    dir.resolve("sender/fairaudit.signing-key"), dir.resolve("work"), PackageLimits.STANDARD);

            JdbcProfileService receiverProfiles = new JdbcProfileService(receiver);
            receiverProfiles.createAndUse("Benchmark reviewer", Role.REVIEWER);
            new JdbcCodeService(receiver, List.of(code), Crosswalk.EMPTY, List.of(), receiverProfiles);
            JdbcExchangeService receiverExchange = new JdbcExchangeService(receiver, receiverProfiles,
                    dir.resolve("receiver/fairaudit.signing-key"), dir.resolve("work"), PackageLimits.STANDARD);

            // warm-up package to a throw-away file, so that class loading is not measured
            senderExchange.exportPackage(new PackageSelection(Set.of(), Set.of(), null, true), dir.resolve("warm.fapkg"),
                    ProgressListener.NONE);
            Path pkg = dir.resolve("bench.fapkg");
            long start = System.nanoTime();
            ExportResult exported = senderExchange.exportPackage(new PackageSelection(Set.of(), Set.of(), null, true),
                    pkg, ProgressListener.NONE);
            report("export " + exported.records() + " records, " + exported.attachmentFiles() + " attachment files ("
                    + Files.size(pkg) / 1024 + " KiB)", System.nanoTime() - start);

            start = System.nanoTime();
            ImportSummary summary = receiverExchange.importPackage(pkg, true, ProgressListener.NONE);
            report("import into an empty database: " + summary, System.nanoTime() - start);

            start = System.nanoTime();
            ImportSummary again = receiverExchange.importPackage(pkg, true, ProgressListener.NONE);
            report("import the same package again: " + again, System.nanoTime() - start);
        }
    }

    private static void fill(Database database, JdbcProfileService profiles, CodeOfConduct code, Path dir)
            throws IOException {
        JdbcCodeService codes = new JdbcCodeService(database, List.of(code), Crosswalk.EMPTY, List.of(), profiles);
        JdbcSupplierService suppliers = new JdbcSupplierService(database, profiles);
        JdbcAuditService audits = new JdbcAuditService(database, profiles, codes);
        JdbcFindingService findings = new JdbcFindingService(database, profiles);
        Random random = new Random(42);
        List<Supplier> sites = new ArrayList<>();
        for (int i = 0; i < SUPPLIERS; i++) {
            sites.add(suppliers.save(Supplier.draft("Supplier " + i, "MY")));
        }
        List<Response> responses = new ArrayList<>();
        List<Audit> created = new ArrayList<>();
        for (int i = 0; i < AUDITS; i++) {
            Audit audit = audits.create(sites.get(i).id(), List.of(code.ref()), AuditType.INITIAL,
                    Announcement.ANNOUNCED, LocalDate.of(2026, 5, 1), null, "Lead", "");
            created.add(audit);
            responses.addAll(audits.responses(audit.id()));
        }
        for (int i = 0; i < ATTACHMENTS; i++) {
            byte[] photo = new byte[16 * 1024];
            random.nextBytes(photo);
            Path file = Files.write(dir.resolve("photo-" + i + ".jpg"), photo);
            audits.addAttachment(responses.get(i).id(), file);
        }
        for (int i = 0; i < FINDINGS; i++) {
            Audit audit = created.get(i % AUDITS);
            Finding finding = findings.save(new Finding(UUID.randomUUID(), audit.supplierId(), audit.id(),
                    List.of(new RequirementKey("bench", "R-1")), Severity.MAJOR, "Finding " + i, "Evidence", 5,
                    Scope.SYSTEMIC, Set.of(), "Root cause", FindingStatus.OPEN, LocalDate.of(2026, 5, 2), "W-1", 0));
            findings.saveAction(new CorrectiveAction(UUID.randomUUID(), finding.id(), "Action " + i, "Owner",
                    LocalDate.of(2026, 6, 1), ActionStatus.OPEN, "Check", null, null, 0));
        }
    }

    private static CodeOfConduct benchmarkCode() {
        List<Requirement> requirements = new ArrayList<>();
        for (int i = 1; i <= REQUIREMENTS; i++) {
            requirements.add(new Requirement("R-" + i, "Requirement " + i, "", List.of(EvidenceSource.DOCUMENTS),
                    List.of("C029"), List.of("recruitment-fees"), Severity.MAJOR, false, null, false));
        }
        return new CodeOfConduct("bench", "Benchmark code", "1", "FairAudit", "en", null,
                List.of(new CodeSection("all", "All", requirements)));
    }

    private static void report(String what, long nanos) {
        System.out.printf("%s: %.1f ms%n", what, nanos / 1e6);
    }
}
