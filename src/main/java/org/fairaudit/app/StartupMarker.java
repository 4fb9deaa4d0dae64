package org.fairaudit.app;

import java.lang.management.ManagementFactory;

/**
 * For the start-up benchmark ({@code bench/run-startup-bench.sh}): with {@code -Dfairaudit.startupMarker=true} the
 * window prints one line, {@code fairaudit-startup-ms=N}, with the milliseconds since the JVM started, once the main
 * window is shown and its first screen's data has loaded.
 */
public final class StartupMarker {
    public static final String PROPERTY = "fairaudit.startupMarker";
    public static final String PREFIX = "fairaudit-startup-ms=";

    private StartupMarker() {
    }

    public static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Prints the marker line with the time elapsed since the JVM started. */
    public static void print() {
        long elapsed = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(PREFIX + elapsed);
        System.out.flush();
    }
}
