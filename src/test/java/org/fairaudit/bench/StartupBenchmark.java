package org.fairaudit.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fairaudit.app.DataLocation;
import org.fairaudit.app.StartupMarker;

/**
 * Start-up time of the window: launch until the main window is shown with its first screen's data, against a bare
 * JavaFX app with one TableView ({@link BareTableViewApp}). Both start from jars, as an installed app does, each
 * with and without an application class-data archive (AppCDS, made by one training start of its own, as the
 * installer makes FairAudit's). The four kinds are started {@code runs} times in turn in fresh JVMs, so that all
 * see the same load. Prints median and minimum of each and the ratios of the medians (issue target: at most 1.5).
 * Run by {@code bench/run-startup-bench.sh}.
 *
 * <p>Usage: {@code StartupBenchmark DB RUNS APP_JAR BARE_CLASS_PATH WORK_DIR [JVM option...]}; DB is a database with
 * a profile (no first-start dialog).
 */
public final class StartupBenchmark {
    private static final long TIMEOUT_SECONDS = 120;

    private StartupBenchmark() {
    }

    /** How one program starts: its JVM arguments after the options, and the database it opens (or none). */
    private record Program(String name, List<String> arguments, Path db) {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]).toAbsolutePath();
        int runs = Integer.parseInt(args[1]);
        Path work = Path.of(args[4]).toAbsolutePath();
        List<String> options = List.of(args).subList(5, args.length);
        Program app = new Program("FairAudit", List.of("-jar", args[2]), db);
        Program bare = new Program("bare TableView", List.of("-cp", args[3],
                BareTableViewApp.Main.class.getName()), null);
        List<String> appArchive = train(app, options, work.resolve("fairaudit.jsa"));
        List<String> bareArchive = train(bare, options, work.resolve("bare-tableview.jsa"));

        List<Long> bareTimes = new ArrayList<>();
        List<Long> bareArchived = new ArrayList<>();
        List<Long> appTimes = new ArrayList<>();
        List<Long> appArchived = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            bareTimes.add(launch(bare, options));
            bareArchived.add(launch(bare, concat(options, bareArchive)));
            appTimes.add(launch(app, options));
            appArchived.add(launch(app, concat(options, appArchive)));
        }
        print("bare TableView", bareTimes);
        print("bare, archive", bareArchived);
        print("FairAudit", appTimes);
        print("FairAudit, archive", appArchived);
        String measure = "start-up to a usable main window (median of " + runs + "), ";
        report(measure + "FairAudit as installed (with its class-data archive)", appArchived, bareTimes,
                "bare TableView app");
        report(measure + "FairAudit without its archive", appTimes, bareTimes, "bare TableView app");
        report(measure + "both with a class-data archive", appArchived, bareArchived,
                "bare TableView app with its archive");
    }

    /**
     * Starts {@code program} once with {@code -XX:ArchiveClassesAtExit}, so that the classes it loaded up to its
     * window are written to {@code archive} when it ends; returns the option that uses the archive.
     */
    private static List<String> train(Program program, List<String> options, Path archive)
            throws IOException, InterruptedException {
        Files.deleteIfExists(archive);
        launch(program, concat(options, List.of("-XX:ArchiveClassesAtExit=" + archive)));
        if (!Files.exists(archive)) {
            throw new IllegalStateException("No class-data archive was written for " + program.name());
        }
        return List.of("-XX:SharedArchiveFile=" + archive);
    }

    private static void report(String measure, List<Long> times, List<Long> baseline, String baselineName) {
        double ratio = (double) median(times) / median(baseline);
        System.out.printf("%s: %.2f%n", measure, ratio);
        BenchReport.row(measure, median(times) + " ms, " + BenchReport.ratio(ratio),
                baselineName + " " + median(baseline) + " ms", "<= 1.5 x bare TableView", ratio <= 1.5);
    }

    /** Starts the program in a new JVM, returns the marker's milliseconds and ends the process. */
    private static long launch(Program program, List<String> jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-D" + StartupMarker.PROPERTY + "=true");
        command.addAll(program.arguments());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (program.db() != null) {
            builder.environment().put(DataLocation.DB_ENV, program.db().toString());
        }
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(StartupMarker.PREFIX)) {
                    return Long.parseLong(line.substring(StartupMarker.PREFIX.length()).strip());
                }
            }
            throw new IllegalStateException(program.name() + " exited without printing the start-up marker");
        } finally {
            // The database is closed by H2's shutdown hook, and an archive being trained is written at exit: the
            // next run needs both.
            process.destroy();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static void print(String name, List<Long> millis) {
        System.out.printf("%-19s median %5d ms  min %5d ms  (%d runs: %s)%n", name, median(millis),
                millis.stream().mapToLong(Long::longValue).min().orElseThrow(), millis.size(), millis);
    }

    private static long median(List<Long> millis) {
        return millis.stream().sorted().skip(millis.size() / 2).findFirst().orElseThrow();
    }
}
