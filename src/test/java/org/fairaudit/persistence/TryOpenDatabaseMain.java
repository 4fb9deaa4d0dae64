package org.fairaudit.persistence;

import java.nio.file.Path;

/** Child process: tries to open the database and prints "in use" when another process holds it, else "opened". */
public final class TryOpenDatabaseMain {
    private TryOpenDatabaseMain() {
    }

    public static void main(String[] args) {
        try (Database database = Database.openH2(Path.of(args[0]))) {
            System.out.println("opened");
        } catch (DatabaseInUseException e) {
            System.out.println("in use");
        }
        System.out.flush();
    }
}
