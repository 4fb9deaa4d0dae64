package org.fairaudit.persistence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Supplier;

/**
 * Child process of {@link CrashSoak}: saves suppliers through the application's write path, printing each id once
 * its save has committed. Arguments: the database file and, for an encrypted one, a file holding the passphrase.
 * Stops when nobody reads its output any more, so that it never outlives the test.
 */
public final class DurableWriterMain {
    private DurableWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        char[] passphrase = args.length > 1 ? Files.readString(Path.of(args[1]), StandardCharsets.UTF_8).toCharArray() : null;
        Database database = Database.openH2(Path.of(args[0]), passphrase);
        JdbcProfileService profiles = new JdbcProfileService(database);
        if (profiles.current().isEmpty()) {
            profiles.createAndUse("Soak writer", Role.AUDITOR);
        }
        JdbcSupplierService suppliers = new JdbcSupplierService(database, profiles);
        for (int i = 0; !System.out.checkError(); i++) {
            Supplier saved = suppliers.save(Supplier.draft("Supplier " + i, "MY"));
            System.out.println(saved.id());
        }
        database.close();
    }
}
