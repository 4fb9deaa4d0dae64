package org.fairaudit.bench;

import java.util.Locale;

/**
 * One row of the summary table that {@code bench/run-benchmarks.sh} prints at the end: every benchmark prints its
 * figures through {@link #row} as a line starting with {@value #PREFIX}, and the script collects those lines from all
 * benchmarks of the run into one Markdown table.
 */
public final class BenchReport {
    public static final String PREFIX = "BENCH|";

    private BenchReport() {
    }

    /**
     * Prints one row.
     *
     * @param measure  what was measured, e.g. {@code "portfolio export, 100,000 findings"}
     * @param figure   the result with its unit, e.g. {@code "4.1 s, peak heap 180 MiB"}
     * @param baseline the baseline measured in the same run with its unit, or {@code "-"} when the target is absolute
     * @param target   the target, e.g. {@code "<= 1.3 x SXSSF"} or {@code "<= 100 ms"}
     * @param met      whether the figure meets the target
     */
    public static void row(String measure, String figure, String baseline, String target, boolean met) {
        System.out.println(PREFIX + String.join("|", measure, figure, baseline, target, met ? "met" : "NOT met"));
        System.out.flush();
    }

    /**
     * Prints a row without a target of its own: a reference that other rows compare with, or a figure at a size the
     * target does not speak of. Its last column says "for information".
     *
     * @param context why the row has no target, e.g. {@code "<= 100 ms at 100,000 findings"}
     */
    public static void info(String measure, String figure, String baseline, String context) {
        System.out.println(PREFIX + String.join("|", measure, figure, baseline, context, "for information"));
        System.out.flush();
    }

    /** A ratio for a figure column, e.g. {@code 1.27 x}. */
    public static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f x", value);
    }

    /** Milliseconds from nanoseconds, e.g. {@code 1,234 ms}. */
    public static String millis(long nanos) {
        return String.format(Locale.ROOT, "%,d ms", nanos / 1_000_000);
    }
}
