package org.fairaudit.app;

/**
 * Entry point of {@code fairaudit.jar}. With no subcommand it opens the window; with one it runs headless.
 * It must not extend {@code Application}: with JavaFX on the class path (java -jar, jpackage) the JavaFX
 * launcher would otherwise refuse to start.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // Without arguments (the usual start: a double-click) the window opens at once: picocli is not needed, and
        // building its model of every command would delay the window.
        int status = args.length == 0 ? openWindow() : Cli.run(args);
        if (status != Cli.OPEN_WINDOW) {
            System.exit(status);
        }
    }

    private static int openWindow() {
        FairAuditApp.launch(DataLocation.database(null));
        return 0;
    }
}
