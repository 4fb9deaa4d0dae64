package org.fairaudit.persistence;

import java.nio.file.Path;

/** Child process of {@link DatabaseTest}: holds the database open until killed. */
public final class HoldDatabaseMain {
    private HoldDatabaseMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Database.openH2(Path.of(args[0]));
        System.out.println("open");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
