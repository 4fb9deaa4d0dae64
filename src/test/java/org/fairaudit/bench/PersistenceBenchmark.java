package org.fairaudit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeSection;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.domain.EvidenceSource;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.Requirement;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Scope;
import org.fairaudit.domain.Severity;
import org.fairaudit.persistence.ChangeLog;
import org.fairaudit.persistence.Database;
import org.fairaudit.persistence.JdbcCodeService;
import org.fairaudit.persistence.JdbcDashboardService;
import org.fairaudit.persistence.JdbcFindingService;
import org.fairaudit.persistence.JdbcProfileService;
import org.fairaudit.persistence.JdbcSupplierService;
import org.fairaudit.service.FindingFilter;

/**
 * Commit latency of saving findings one committed transaction at a time, then the dashboard and findings-list
 * queries over them. Not a test: run {@code bench/run-persistence-bench.sh [findings] [dir]}.
 */
public final class PersistenceBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final int SUPPLIERS = 500;

    private PersistenceBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int findings = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench"));
        Path file = Files.createTempDirectory(dir, "db-").resolve("fairaudit");
        Random random = new Random(42);

        long openStart = System.nanoTime();
        Database database = Database.openH2(file);
        report("open + migrate empty database", System.nanoTime() - openStart);
        JdbcProfileService profiles = new JdbcProfileService(database);
        profiles.createAndUse("Benchmark", Role.AUDITOR);
        CodeOfConduct code = benchmarkCode();
        JdbcCodeService codes = new JdbcCodeService(database, List.of(code), Crosswalk.EMPTY, List.of(), profiles);
        JdbcSupplierService suppliers = new JdbcSupplierService(database, profiles);
        JdbcFindingService findingService = new JdbcFindingService(database, profiles);
        JdbcDashboardService dashboard = new JdbcDashboardService(database, profiles, codes);

        List<UUID> supplierIds = new ArrayList<>();
        for (int i = 0; i < SUPPLIERS; i++) {
            supplierIds.add(suppliers.save(org.fairaudit.domain.Supplier.draft("Supplier " + i, "MY")).id());
        }

        long[] latencies = new long[findings];
        long actions = 0;
        long insertStart = System.nanoTime();
        for (int i = 0; i < findings; i++) {
            Finding finding = randomFinding(random, supplierIds, code);
            long start = System.nanoTime();
            findingService.save(finding);
            latencies[i] = System.nanoTime() - start;
            if (i % 10 == 0) {
                findingService.saveAction(new CorrectiveAction(UUID.randomUUID(), finding.id(), "Repay fees", "HR",
                        TODAY.plusDays(random.nextInt(120) - 60), ActionStatus.values()[random.nextInt(4)], "", null,
                        "", 0));
                actions++;
            }
            if ((i + 1) % 20_000 == 0) {
                System.out.printf("  %,d findings saved%n", i + 1);
            }
        }
        long insertTotal = System.nanoTime() - insertStart;
        Arrays.sort(latencies);
        System.out.printf("save finding (one committed transaction each, %,d findings, %,d actions, %.1f s total)%n",
                findings, actions, insertTotal / 1e9);
        System.out.printf("  commit latency µs: p50 %.0f  p90 %.0f  p99 %.0f  max %.0f  mean %.0f%n",
                micros(latencies, 0.50), micros(latencies, 0.90), micros(latencies, 0.99),
                latencies[latencies.length - 1] / 1e3, Arrays.stream(latencies).average().orElse(0) / 1e3);

        time("dashboard summary, first", () -> dashboard.summary(TODAY));
        timeRepeated("dashboard summary, warm", 10, () -> dashboard.summary(TODAY));
        timeRepeated("findings list, all rows", 3, () -> findingService.search(FindingFilter.all(TODAY)).size());
        timeRepeated("findings list, overdue only", 3, () -> findingService.search(
                new FindingFilter(null, null, null, null, true, TODAY)).size());
        timeRepeated("findings list, one supplier", 10, () -> findingService.search(
                new FindingFilter(supplierIds.get(0), null, null, null, false, TODAY)).size());
        time("change log verify", () -> new ChangeLog(database).verify().message());
        database.close();
        Path dbFile = Path.of(file + ".mv.db");
        System.out.printf("database file after close: %,d MB (deleted now)%n", Files.size(dbFile) / 1_000_000);
        Files.delete(dbFile);
        Files.delete(file.getParent());
    }

    private static Finding randomFinding(Random random, List<UUID> supplierIds, CodeOfConduct code) {
        Requirement requirement = code.sections().get(0).requirements()
                .get(random.nextInt(code.sections().get(0).requirements().size()));
        Set<ForcedLabourIndicator> indicators = random.nextInt(100) < 3
                ? Set.of(ForcedLabourIndicator.values()[random.nextInt(ForcedLabourIndicator.values().length)])
                : Set.of();
        Severity severity = Severity.values()[random.nextInt(4)];
        return new Finding(UUID.randomUUID(), supplierIds.get(random.nextInt(supplierIds.size())), null,
                List.of(new RequirementKey(code.id(), requirement.ref())), severity,
                "Workers report paying recruitment fees of several months' wages to agents in their home country",
                "Receipts, worker interviews", random.nextInt(200), Scope.SYSTEMIC, indicators, "Agent practice",
                FindingStatus.values()[random.nextInt(FindingStatus.values().length)],
                TODAY.minusDays(random.nextInt(1000)), "", 0);
    }

    private static CodeOfConduct benchmarkCode() {
        List<Requirement> requirements = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            ForcedLabourIndicator indicator = i == 7 ? ForcedLabourIndicator.DEBT_BONDAGE : null;
            requirements.add(new Requirement("R-" + i, "Requirement " + i, "", List.of(EvidenceSource.DOCUMENTS),
                    List.of("C029"), List.of("recruitment-fees"), Severity.MAJOR, false, indicator, false));
        }
        return new CodeOfConduct("bench", "Benchmark code", "1", "FairAudit", "en", null,
                List.of(new CodeSection("all", "All", requirements)));
    }

    private static double micros(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)))] / 1e3;
    }

    private static void time(String what, Supplier<Object> work) {
        long start = System.nanoTime();
        work.get();
        report(what, System.nanoTime() - start);
    }

    private static void timeRepeated(String what, int times, Supplier<Object> work) {
        work.get();
        long start = System.nanoTime();
        for (int i = 0; i < times; i++) {
            work.get();
        }
        report(what + " (mean of " + times + ")", (System.nanoTime() - start) / times);
    }

    private static void report(String what, long nanos) {
        System.out.printf("%s: %.1f ms%n", what, nanos / 1e6);
    }
}
