package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Supplier;
import org.fairaudit.service.BackupFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rolling backups beside the database and restoring them (DESIGN.md §9). */
class BackupsTest {
    @TempDir
    Path dir;

    private static final class Fixture implements AutoCloseable {
        final Database database;
        final JdbcProfileService profiles;
        final JdbcSupplierService suppliers;
        final JdbcDatabaseProtectionService protection;

        Fixture(Path file, char[] passphrase) {
            database = Database.openH2(file, passphrase);
            profiles = new JdbcProfileService(database);
            if (profiles.current().isEmpty()) {
                profiles.createAndUse("Auditor", Role.AUDITOR);
            }
            suppliers = new JdbcSupplierService(database, profiles);
            // a clock one second apart per call: backup names sort in the order they were taken
            Instant start = Instant.parse("2026-11-28T08:00:00Z");
            Clock ticking = new Clock() {
                private int calls;

                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return start.plus(Duration.ofSeconds(calls++));
                }
            };
            protection = new JdbcDatabaseProtectionService(database, profiles, ticking);
        }

        List<String> supplierNames() {
            return suppliers.search("").stream().map(Supplier::name).sorted().toList();
        }

        @Override
        public void close() {
            database.close();
        }
    }

    @Test
    void onlyTheNewestBackupsAreKept() {
        try (Fixture store = new Fixture(dir.resolve("fairaudit"), null)) {
            store.protection.setBackupsKept(3);
            List<Path> taken = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                taken.add(store.protection.backUpNow().path());
            }
            assertThat(store.protection.backups()).extracting(BackupFile::path)
                    .containsExactly(taken.get(4), taken.get(3), taken.get(2));
            assertThat(taken.get(4).getParent()).isEqualTo(dir.resolve("backups"));
            assertThat(store.protection.backupsKept()).isEqualTo(3);
        }
    }

    @Test
    void closingTakesABackupOnlyAfterASessionThatWrote() {
        Path file = dir.resolve("fairaudit");
        try (Fixture store = new Fixture(file, null)) {
            store.suppliers.save(Supplier.draft("Written", "MY"));
            store.protection.backUpAtClose();
            assertThat(store.protection.backups()).hasSize(1);
        }
        try (Fixture reading = new Fixture(file, null)) {
            assertThat(reading.supplierNames()).containsExactly("Written");
            assertThat(reading.database.writtenSinceOpen()).isFalse();
            reading.protection.backUpAtClose();
            assertThat(reading.protection.backups()).as("nothing changed: the newest backup holds it").hasSize(1);
        }
        try (Fixture writing = new Fixture(file, null)) {
            writing.suppliers.save(Supplier.draft("Written later", "MY"));
            assertThat(writing.database.writtenSinceOpen()).isTrue();
            writing.protection.backUpAtClose();
            assertThat(writing.protection.backups()).hasSize(2);
        }
    }

    @Test
    void aFailedBackupAtCloseIsRememberedAndTriedAgainAtTheNextCloseEvenAfterASessionThatOnlyRead()
            throws Exception {
        Path file = dir.resolve("fairaudit");
        try (Fixture first = new Fixture(file, null)) {
            first.protection.backUpAtClose();
        }
        Path backupsFolder = dir.resolve("backups");
        Path moved = Files.move(backupsFolder, dir.resolve("kept-aside"));
        Files.writeString(backupsFolder, "a file where the folder should be");
        try (Fixture writing = new Fixture(file, null)) {
            writing.suppliers.save(Supplier.draft("Written", "MY"));
            assertThat(writing.protection.lastFailedBackupAtClose()).isEmpty();

            assertThatThrownBy(writing.protection::backUpAtClose).isInstanceOf(RuntimeException.class);
        }
        Files.delete(backupsFolder);
        Files.move(moved, backupsFolder);
        try (Fixture reading = new Fixture(file, null)) {
            assertThat(reading.protection.lastFailedBackupAtClose()).hasValueSatisfying(failure -> {
                assertThat(failure.at()).isAfterOrEqualTo(Instant.parse("2026-11-28T08:00:00Z"));
                assertThat(failure.reason()).contains("backups");
            });
            assertThat(reading.database.writtenSinceOpen()).isFalse();

            reading.protection.backUpAtClose();

            assertThat(reading.protection.backups()).as("the data is newer than the last backup").hasSize(2);
            assertThat(reading.protection.lastFailedBackupAtClose()).isEmpty();
        }
    }

    @Test
    void backingUpByHandClearsAFailureAtClose() throws Exception {
        Path file = dir.resolve("fairaudit");
        Files.writeString(dir.resolve("backups"), "a file where the folder should be");
        try (Fixture store = new Fixture(file, null)) {
            assertThatThrownBy(store.protection::backUpAtClose).isInstanceOf(RuntimeException.class);
            assertThat(store.protection.lastFailedBackupAtClose()).isPresent();
            Files.delete(dir.resolve("backups"));

            store.protection.backUpNow();

            assertThat(store.protection.lastFailedBackupAtClose()).isEmpty();
        }
    }

    @Test
    void theFirstCloseTakesABackupEvenWhenNothingWasWritten() {
        Path file = dir.resolve("fairaudit");
        new Fixture(file, null).close();
        try (Fixture reading = new Fixture(file, null)) {
            reading.protection.backUpAtClose();
            assertThat(reading.protection.backups()).hasSize(1);
        }
    }

    @Test
    void restoreBringsBackEveryCommittedRecordAndKeepsTheReplacedFileAside() {
        try (Fixture store = new Fixture(dir.resolve("fairaudit"), null)) {
            store.suppliers.save(Supplier.draft("Before backup", "MY"));
            BackupFile backup = store.protection.backUpNow();
            store.suppliers.save(Supplier.draft("After backup", "MY"));

            store.protection.restore(backup, null);

            assertThat(store.supplierNames()).containsExactly("Before backup");
            assertThat(store.protection.backups()).hasSize(2)
                    .anySatisfy(b -> assertThat(b.path().getFileName().toString()).endsWith("-before-restore.zip"));
        }
        try (Fixture reopened = new Fixture(dir.resolve("fairaudit"), null)) {
            assertThat(reopened.supplierNames()).containsExactly("Before backup");
            assertThat(new ChangeLog(reopened.database).verify().isIntact()).isTrue();
        }
    }

    @Test
    void anEncryptedDatabaseGivesEncryptedBackupsThatRestoreWithTheirPassphrase() {
        char[] passphrase = "a long passphrase".toCharArray();
        try (Fixture store = new Fixture(dir.resolve("fairaudit"), passphrase)) {
            store.suppliers.save(Supplier.draft("Encrypted site", "BD"));
            BackupFile backup = store.protection.backUpTo(dir.resolve("elsewhere"));
            assertThat(backup.encrypted()).isTrue();
            store.suppliers.save(Supplier.draft("Later site", "BD"));

            assertThatThrownBy(() -> store.protection.restore(backup, "wrong passphrase".toCharArray()))
                    .isInstanceOf(WrongPassphraseException.class);
            assertThat(store.supplierNames()).as("a refused restore changes nothing")
                    .containsExactly("Encrypted site", "Later site");

            store.protection.restore(backup, "a long passphrase".toCharArray());
            assertThat(store.supplierNames()).containsExactly("Encrypted site");
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefusedBeforeAnythingChanges() throws Exception {
        Path notAZip = Files.writeString(dir.resolve("notes.zip"), "just text");
        try (Fixture store = new Fixture(dir.resolve("fairaudit"), null)) {
            store.suppliers.save(Supplier.draft("Kept", "MY"));
            BackupFile fake = new BackupFile(notAZip, Instant.now(), 9, false);
            assertThatThrownBy(() -> store.protection.restore(fake, null))
                    .isInstanceOf(InvalidBackupException.class).hasMessageContaining("not a FairAudit backup");
            assertThat(store.supplierNames()).containsExactly("Kept");
        }
    }
}
