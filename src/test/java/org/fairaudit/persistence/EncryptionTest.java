package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Supplier;
import org.fairaudit.service.AccessDeniedException;
import org.fairaudit.service.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2 file encryption with a passphrase: create, reopen, change and remove (DESIGN.md §8). */
class EncryptionTest {
    static final String MARKER = "Marker-Dormitory-Zq7";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("fairaudit");
    }

    private static char[] pass(String text) {
        return text.toCharArray();
    }

    private void saveMarker(Database database) {
        JdbcProfileService profiles = new JdbcProfileService(database);
        profiles.createAndUse("Auditor", Role.AUDITOR);
        new JdbcSupplierService(database, profiles).save(Supplier.draft(MARKER, "MY"));
    }

    private static boolean holdsMarker(Path file) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(MARKER);
    }

    private static int supplierCount(Database database) {
        return new JdbcSupplierService(database, new JdbcProfileService(database)).search(MARKER).size();
    }

    @Test
    void anEncryptedFileHoldsNoPlaintextAndOpensOnlyWithItsPassphrase() throws Exception {
        // spaces and non-ASCII letters: H2 would cut a raw password at the first space
        char[] passphrase = pass("mi perro Águila 42");
        try (Database database = Database.openH2(file(), passphrase)) {
            saveMarker(database);
            assertThat(database.isEncrypted()).isTrue();
        }
        DatabaseFile onDisk = DatabaseFile.of(file());
        assertThat(onDisk.isEncrypted()).isTrue();
        assertThat(holdsMarker(onDisk.dataFile())).isFalse();

        assertThatThrownBy(() -> Database.openH2(file(), pass("mi perro Águila 43")))
                .isInstanceOf(WrongPassphraseException.class).hasMessageContaining("does not unlock");
        assertThatThrownBy(() -> Database.openH2(file(), pass("mi")))
                .isInstanceOf(WrongPassphraseException.class);
        assertThatThrownBy(() -> Database.openH2(file()))
                .isInstanceOf(PassphraseRequiredException.class).hasMessageContaining("encrypted");
        try (Database reopened = Database.openH2(file(), pass("mi perro Águila 42"))) {
            assertThat(supplierCount(reopened)).isEqualTo(1);
        }
    }

    @Test
    void aPlainDatabaseIsReadableOnDiskWhichIsWhyEncryptionMatters() throws Exception {
        try (Database database = Database.openH2(file())) {
            saveMarker(database);
        }
        assertThat(DatabaseFile.of(file()).isEncrypted()).isFalse();
        assertThat(holdsMarker(DatabaseFile.of(file()).dataFile())).isTrue();
    }

    @Test
    void encryptChangeAndRemoveThePassphraseOfTheOpenDatabase() throws Exception {
        Path data = DatabaseFile.of(file()).dataFile();
        try (Database database = Database.openH2(file())) {
            saveMarker(database);
            JdbcDatabaseProtectionService protection = new JdbcDatabaseProtectionService(database,
                    new JdbcProfileService(database), Clock.systemUTC());
            protection.backUpNow(); // a plain backup made before encryption is reported afterwards

            assertThat(protection.changePassphrase(null, pass("first passphrase"))).isEqualTo(1);
            assertThat(protection.isEncrypted()).isTrue();
            assertThat(supplierCount(database)).as("reconnected after encrypting").isEqualTo(1);
            assertThat(holdsMarker(data)).isFalse();

            assertThatThrownBy(() -> protection.changePassphrase(pass("not the passphrase"), pass("second passphrase")))
                    .isInstanceOf(WrongPassphraseException.class);
            assertThat(supplierCount(database)).as("still usable after a wrong passphrase").isEqualTo(1);
            assertThatThrownBy(() -> protection.changePassphrase(pass("first passphrase"), pass("short")))
                    .isInstanceOf(ValidationException.class);

            protection.changePassphrase(pass("first passphrase"), pass("second passphrase"));
            assertThat(supplierCount(database)).isEqualTo(1);
        }
        assertThatThrownBy(() -> Database.openH2(file(), pass("first passphrase")))
                .isInstanceOf(WrongPassphraseException.class);
        try (Database database = Database.openH2(file(), pass("second passphrase"))) {
            new JdbcDatabaseProtectionService(database, new JdbcProfileService(database), Clock.systemUTC())
                    .changePassphrase(pass("second passphrase"), null);
            assertThat(database.isEncrypted()).isFalse();
        }
        assertThat(holdsMarker(data)).isTrue();
        try (Database database = Database.openH2(file())) {
            assertThat(supplierCount(database)).isEqualTo(1);
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
                .as("no staging copies left behind").noneMatch(name -> name.startsWith("."));
    }

    @Test
    void protectingTheDatabaseNeedsASignedInProfile() {
        try (Database database = Database.openH2(file())) {
            JdbcDatabaseProtectionService protection = new JdbcDatabaseProtectionService(database,
                    new JdbcProfileService(database), Clock.systemUTC());
            assertThatThrownBy(() -> protection.changePassphrase(null, pass("a passphrase")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(protection::backUpNow).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAsUnreadable() throws Exception {
        Files.writeString(dir.resolve("fairaudit.mv.db"), "PK not a database ".repeat(100));
        assertThatThrownBy(() -> Database.openH2(file()))
                .isInstanceOf(UnreadableDatabaseException.class).hasMessageContaining("damaged");
    }
}
