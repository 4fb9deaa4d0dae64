package org.fairaudit.persistence;

import java.nio.file.Path;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Supplier;

/**
 * Child process of {@link DurabilityTest}: saves suppliers, printing each id once its save has committed.
 * Stops when nobody reads its output any more, so that it never outlives the test.
 */
public final class DurableWriterMain {
    private DurableWriterMain() {
    }

    public static void main(String[] args) {
        Database database = Database.openH2(Path.of(args[0]));
        JdbcProfileService profiles = new JdbcProfileService(database);
        if (profiles.current().isEmpty()) { // the first round; later rounds sign in as its only profile
            profiles.createAndUse("Durability writer", Role.AUDITOR);
        }
        JdbcSupplierService suppliers = new JdbcSupplierService(database, profiles);
        for (int i = 0; !System.out.checkError(); i++) {
            Supplier saved = suppliers.save(Supplier.draft("Supplier " + i, "MY"));
            System.out.println(saved.id());
        }
        database.close();
    }
}
