package org.fairaudit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.fairaudit.persistence.DatabaseFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code db encrypt|decrypt|passphrase}, {@code backup} and {@code restore}, run as a user would. */
class DatabaseCommandsTest {
    @TempDir
    Path dir;
    Path db;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void createDemoDatabase() {
        db = dir.resolve("demo");
        assertThat(run("demo", "--db", db.toString(), "--profile", "CI auditor")).isZero();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine commandLine = Cli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path secret(String name, String passphrase) throws Exception {
        return Files.writeString(dir.resolve(name), passphrase + "\n", StandardCharsets.UTF_8);
    }

    private String auditsListed(String... passphraseOptions) {
        String[] args = new String[3 + passphraseOptions.length];
        args[0] = "audits";
        args[1] = "list";
        args[2] = "--db=" + db;
        System.arraycopy(passphraseOptions, 0, args, 3, passphraseOptions.length);
        assertThat(run(args)).as(err.toString()).isZero();
        return out.toString();
    }

    private static boolean fileHolds(Path file, String text) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
    }

    @Test
    void encryptChangeAndDecryptFromTheCommandLine() throws Exception {
        Path data = DatabaseFile.of(db).dataFile();
        String plainListing = auditsListed();
        // a demo supplier's name: readable in the plain file, absent from the encrypted one
        String supplier = plainListing.lines().skip(1).findFirst().orElseThrow().substring(73).split("  ")[0].strip();
        assertThat(fileHolds(data, supplier)).isTrue();

        Path first = secret("first.txt", "correct horse battery");
        assertThat(run("db", "encrypt", "--db", db.toString(), "--passphrase-file", first.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("Database encrypted");
        assertThat(DatabaseFile.of(db).isEncrypted()).isTrue();
        assertThat(fileHolds(data, supplier)).isFalse();

        // no passphrase and no terminal: one clear line, exit 1
        assertThat(run("audits", "list", "--db", db.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).contains("encrypted").contains("--passphrase-file").doesNotContain("\n");
        assertThat(auditsListed("--passphrase-file", first.toString())).isEqualTo(plainListing);

        Path wrong = secret("wrong.txt", "not the passphrase");
        assertThat(run("audits", "list", "--db", db.toString(), "--passphrase-file", wrong.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("does not unlock");

        Path second = secret("second.txt", "tent staple orange");
        assertThat(run("db", "passphrase", "--db", db.toString(), "--passphrase-file", first.toString(),
                "--new-passphrase-file", second.toString())).as(err.toString()).isZero();
        assertThat(auditsListed("--passphrase-file", second.toString())).isEqualTo(plainListing);
        assertThat(run("db", "encrypt", "--db", db.toString(), "--passphrase-file", second.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("already encrypted");

        assertThat(run("db", "decrypt", "--db", db.toString(), "--passphrase-file", second.toString()))
                .as(err.toString()).isZero();
        assertThat(DatabaseFile.of(db).isEncrypted()).isFalse();
        assertThat(auditsListed()).isEqualTo(plainListing);
        assertThat(run("db", "decrypt", "--db", db.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("not encrypted");
    }

    @Test
    void backupThenRestoreAlsoRescuesADamagedFile() throws Exception {
        String listing = auditsListed();
        assertThat(run("backup", "--db", db.toString())).as(err.toString()).isZero();
        Path backup = Path.of(out.toString().strip().substring("Backup written: ".length()));
        assertThat(backup.getParent()).isEqualTo(dir.resolve("backups"));

        assertThat(run("backup", "--db", db.toString(), "--to", dir.resolve("usb").toString())).isZero();
        assertThat(Files.list(dir.resolve("usb"))).hasSize(1);

        Files.writeString(DatabaseFile.of(db).dataFile(), "damaged ".repeat(500));
        assertThat(run("audits", "list", "--db", db.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("damaged").doesNotContain("Exception");

        assertThat(run("restore", "--db", db.toString(), "--from", backup.toString())).as(err.toString()).isZero();
        assertThat(auditsListed()).isEqualTo(listing);
        assertThat(Files.list(dir.resolve("backups")).map(p -> p.getFileName().toString()))
                .anyMatch(name -> name.endsWith("-before-restore.zip"));

        Path notABackup = Files.writeString(dir.resolve("notes.zip"), "hello");
        assertThat(run("restore", "--db", db.toString(), "--from", notABackup.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("not a FairAudit backup");
        assertThat(auditsListed()).isEqualTo(listing);
    }

    @Test
    void thePassphraseFileMayComeFromTheEnvironment() throws Exception {
        Path file = secret("env.txt", "from the environment");
        DatabaseOption option = new DatabaseOption();
        char[] passphrase = option.passphrase(db, Map.of(DatabaseOption.PASSPHRASE_FILE_ENV, file.toString()));
        assertThat(new String(passphrase)).isEqualTo("from the environment");
        assertThat(option.passphrase(db, Map.of())).as("plain database, nothing given").isNull();
    }
}
