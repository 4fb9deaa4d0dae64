package org.fairaudit.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fairaudit.app.DataLocation;
import org.fairaudit.app.Launcher;
import org.fairaudit.app.StartupMarker;

/**
 * Start-up time of the window: launch until the main window is shown with its first screen's data, against a bare
 * JavaFX app with one TableView ({@link BareTableViewApp}), each started {@code runs} times in turn in a fresh JVM
 * (same options, same display), so that both see the same load. Prints median and minimum of each and the ratio of
 * the medians (issue target: at most 1.5). Run by {@code bench/run-startup-bench.sh}.
 *
 * <p>Usage: {@code StartupBenchmark DB RUNS [JVM option...]}; DB is a database with a profile (no first-start dialog).
 */
public final class StartupBenchmark {
    private static final long TIMEOUT_SECONDS = 120;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]).toAbsolutePath();
        int runs = Integer.parseInt(args[1]);
        List<String> jvmOptions = List.of(args).subList(2, args.length);
        List<Long> bare = new ArrayList<>();
        List<Long> app = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            bare.add(launch(jvmOptions, BareTableViewApp.Main.class.getName(), null));
            app.add(launch(jvmOptions, Launcher.class.getName(), db));
        }
        print("bare TableView", bare);
        print("FairAudit", app);
        double ratio = (double) median(app) / median(bare);
        System.out.printf("ratio of medians: %.2f%n", ratio);
        BenchReport.row("start-up to a usable main window (median of " + runs + ")",
                median(app) + " ms, " + BenchReport.ratio(ratio), "bare TableView app " + median(bare) + " ms",
                "<= 1.5 x bare TableView", ratio <= 1.5);
    }

    /** Starts the main class in a new JVM, returns the marker's milliseconds and ends the process. */
    private static long launch(List<String> jvmOptions, String mainClass, Path db)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-D" + StartupMarker.PROPERTY + "=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (db != null) {
            builder.environment().put(DataLocation.DB_ENV, db.toString());
        }
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(StartupMarker.PREFIX)) {
                    return Long.parseLong(line.substring(StartupMarker.PREFIX.length()).strip());
                }
            }
            throw new IllegalStateException(mainClass + " exited without printing the start-up marker");
        } finally {
            // The database is closed by H2's shutdown hook; the next run needs its file lock released.
            process.destroy();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static void print(String name, List<Long> millis) {
        System.out.printf("%-15s median %5d ms  min %5d ms  (%d runs: %s)%n", name, median(millis),
                millis.stream().mapToLong(Long::longValue).min().orElseThrow(), millis.size(), millis);
    }

    private static long median(List<Long> millis) {
        return millis.stream().sorted().skip(millis.size() / 2).findFirst().orElseThrow();
    }
}
