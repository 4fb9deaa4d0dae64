package org.fairaudit.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.fairaudit.persistence.Database;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link DatabaseBenchmark} (JMH, the options of its annotations) on one {@link BenchDataset} database and
 * prints one {@link BenchReport} row per benchmark, with the unpaged list as the baseline of the pages.
 * {@code DatabaseBenchmarkRunner DB [JMH options, e.g. -wi 1 -i 3 or a benchmark regex]}.
 */
public final class DatabaseBenchmarkRunner {
    private static final String FULL_LIST = "findingsFullList";
    /** The database targets speak of 1,000 suppliers and 100,000 findings; other sizes are for information. */
    private static final long TARGET_FINDINGS = 100_000;
    private static final double SCREEN_TARGET_MS = 100;
    private static final double KEYSTROKE_TARGET_MS = 20;
    private static final Map<String, String> MEASURES = Map.of(
            "dashboardSummary", "dashboard summary",
            FULL_LIST, "findings list, unpaged (before pages)",
            "findingsFirstPage", "findings list, first page",
            "findingsPageDeepInList", "findings list, page at row 50,000",
            "findingsOverdueFirstPage", "findings list, overdue only: first page",
            "findingsOverdueCount", "findings list, overdue only: count (shown after the page)",
            "findingsTextFilterKeystroke", "findings text filter keystroke: first page",
            "findingsTextFilterCount", "findings text filter: count (shown after the page)",
            "checklistKeystrokeSaved", "checklist keystroke saved and committed");

    private DatabaseBenchmarkRunner() {
    }

    public static void main(String[] args) throws Exception {
        String db = args[0];
        long findings = findings(db);
        CommandLineOptions jmhOptions = new CommandLineOptions(Arrays.copyOfRange(args, 1, args.length));
        OptionsBuilder options = new OptionsBuilder();
        options.parent(jmhOptions);
        if (jmhOptions.getIncludes().isEmpty()) {
            options.include(DatabaseBenchmark.class.getSimpleName());
        }
        options.param("db", db);
        Collection<RunResult> results = new Runner(options.build()).run();
        Result<?> fullList = results.stream().filter(r -> method(r).equals(FULL_LIST))
                .map(RunResult::getPrimaryResult).findFirst().orElse(null);
        for (RunResult run : results) {
            String method = method(run);
            Result<?> result = run.getPrimaryResult();
            double target = method.equals("checklistKeystrokeSaved") ? KEYSTROKE_TARGET_MS : SCREEN_TARGET_MS;
            boolean paged = method.startsWith("findings") && !method.equals(FULL_LIST);
            String measure = String.format(Locale.ROOT, "%s, %,d findings", MEASURES.getOrDefault(method, method),
                    findings);
            String baseline = paged && fullList != null ? figure(fullList) : "-";
            String targetText = String.format(Locale.ROOT, "<= %.0f ms", target);
            if (method.equals(FULL_LIST)) {
                BenchReport.info(measure, figure(result), baseline, "the list before pages: the baseline of the others");
            } else if (findings != TARGET_FINDINGS) {
                BenchReport.info(measure, figure(result), baseline, targetText + String.format(Locale.ROOT,
                        " at %,d findings", TARGET_FINDINGS));
            } else {
                BenchReport.row(measure, figure(result), baseline, targetText, result.getScore() <= target);
            }
        }
    }

    private static String method(RunResult run) {
        String benchmark = run.getParams().getBenchmark();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    private static String figure(Result<?> result) {
        return String.format(Locale.ROOT, "%.1f ± %.1f %s", result.getScore(), result.getScoreError(),
                result.getScoreUnit());
    }

    private static long findings(String db) throws SQLException {
        try (Database database = Database.openH2(Path.of(db));
             Connection connection = database.connection();
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM finding")) {
            count.next();
            return count.getLong(1);
        }
    }
}
