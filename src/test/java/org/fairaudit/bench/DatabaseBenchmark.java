package org.fairaudit.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fairaudit.codes.CodeLibrary;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.Response;
import org.fairaudit.domain.ResponseResult;
import org.fairaudit.persistence.Database;
import org.fairaudit.persistence.JdbcAuditService;
import org.fairaudit.persistence.JdbcCodeService;
import org.fairaudit.persistence.JdbcDashboardService;
import org.fairaudit.persistence.JdbcFindingService;
import org.fairaudit.persistence.JdbcProfileService;
import org.fairaudit.service.AuditSummary;
import org.fairaudit.service.FindingFilter;
import org.fairaudit.service.FindingPage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm latency of the screens' queries and of a checklist keystroke on a {@link BenchDataset} database (run by
 * {@code bench/run-benchmarks.sh} through {@link DatabaseBenchmarkRunner}, which passes {@code -p db=FILE}).
 * {@code findingsFullList} is the unpaged query the findings screen ran before it loaded pages; it stays as the
 * baseline of the page benchmarks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// h2.queryCacheSize=0: H2 would otherwise hand back a cached result when the same statement runs again on unchanged
// tables, so every call computes its answer, as after any write
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Dh2.queryCacheSize=0"})
public class DatabaseBenchmark {
    private static final FindingFilter TEXT_FILTER = FindingFilter.all(BenchDataset.TODAY).withText("passports");
    private static final FindingFilter OVERDUE = new FindingFilter(null, null, null, null, true, BenchDataset.TODAY);

    @Param("target/bench/portfolio-100000")
    public String db;

    private Database database;
    private JdbcDashboardService dashboard;
    private JdbcFindingService findings;
    private JdbcAuditService audits;
    private Response response;
    private int keystroke;

    @Setup(Level.Trial)
    public void open() {
        database = Database.openH2(Path.of(db));
        JdbcProfileService profiles = new JdbcProfileService(database);
        CodeLibrary library = CodeLibrary.loadBuiltIn();
        JdbcCodeService codes = new JdbcCodeService(database, library.codes(), library.crosswalk(), List.of(),
                profiles);
        dashboard = new JdbcDashboardService(database, profiles, codes);
        findings = new JdbcFindingService(database, profiles);
        audits = new JdbcAuditService(database, profiles, codes);
        response = audits.responses(audits.list().stream()
                .map(AuditSummary::audit).filter(audit -> audit.status() == AuditStatus.IN_PROGRESS)
                .findFirst().orElseThrow().id()).get(0);
    }

    @TearDown(Level.Trial)
    public void close() {
        database.close();
    }

    @Benchmark
    public Object dashboardSummary() {
        return dashboard.summary(BenchDataset.TODAY);
    }

    @Benchmark
    public Object findingsFullList() {
        return findings.search(FindingFilter.all(BenchDataset.TODAY));
    }

    @Benchmark
    public Object findingsFirstPage() {
        return findings.page(FindingFilter.all(BenchDataset.TODAY), 0, FindingPage.DEFAULT_SIZE);
    }

    @Benchmark
    public Object findingsPageDeepInList() {
        return findings.page(FindingFilter.all(BenchDataset.TODAY), 50_000, FindingPage.DEFAULT_SIZE);
    }

    /**
     * A word typed into the text filter: the first page of findings mentioning it, which the screen shows at once
     * with "more than 200 findings, counting…".
     */
    @Benchmark
    public Object findingsTextFilterKeystroke() {
        return findings.page(TEXT_FILTER, 0, FindingPage.DEFAULT_SIZE);
    }

    /** The count the screen shows after the page of {@link #findingsTextFilterKeystroke}: every description read. */
    @Benchmark
    public int findingsTextFilterCount() {
        return findings.count(TEXT_FILTER);
    }

    @Benchmark
    public Object findingsOverdueFirstPage() {
        return findings.page(OVERDUE, 0, FindingPage.DEFAULT_SIZE);
    }

    @Benchmark
    public int findingsOverdueCount() {
        return findings.count(OVERDUE);
    }

    /** One checklist key: the response saved with a new result, committed to disk with its change-log entry. */
    @Benchmark
    public Object checklistKeystrokeSaved() {
        ResponseResult result = ResponseResult.values()[keystroke++ % ResponseResult.values().length];
        response = audits.saveResponse(new Response(response.id(), response.auditId(), response.requirement(),
                result, response.evidence(), response.notes(), response.interviewNotes(), response.version()));
        return response;
    }
}
