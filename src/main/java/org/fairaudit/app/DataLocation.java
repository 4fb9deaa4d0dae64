package org.fairaudit.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where FairAudit keeps its database: {@code --db PATH} wins, then the {@code FAIRAUDIT_DB} environment variable,
 * then the user's data folder (Windows %APPDATA%\FairAudit, macOS ~/Library/Application Support/FairAudit,
 * elsewhere $XDG_DATA_HOME/fairaudit or ~/.local/share/fairaudit).
 */
public final class DataLocation {
    public static final String DB_ENV = "FAIRAUDIT_DB";
    private static final String DB_FILE = "fairaudit";

    private DataLocation() {
    }

    public static Path database(Path fromCommandLine) {
        return database(fromCommandLine, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    static Path database(Path fromCommandLine, Map<String, String> env, String osName, String userHome) {
        if (fromCommandLine != null) {
            return fromCommandLine.toAbsolutePath();
        }
        String fromEnv = env.get(DB_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return dataFolder(env, osName, userHome).resolve(DB_FILE);
    }

    static Path dataFolder(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") && env.get("APPDATA") != null) {
            return Path.of(env.get("APPDATA"), "FairAudit");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "FairAudit");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "fairaudit") : Path.of(userHome, ".local", "share", "fairaudit");
    }
}
