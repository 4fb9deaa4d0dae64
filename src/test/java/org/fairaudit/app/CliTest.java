package org.fairaudit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The headless commands, run as a user would, against a real database file. */
class CliTest {
    @TempDir
    static Path dir;
    static Path db;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void createDemoDatabase() {
        db = dir.resolve("demo");
        assertThat(Cli.run(new String[] {"demo", "--db", db.toString(), "--profile", "CI auditor"})).isZero();
    }

    private int run(String... args) {
        CommandLine commandLine = Cli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** The id of the first audit that {@code audits list} shows; clears the captured output. */
    private String firstAuditId() {
        run("audits", "list", "--db", db.toString());
        String id = out.toString().lines().skip(1).findFirst().orElseThrow().substring(0, 36);
        out.getBuffer().setLength(0);
        return id;
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("demo", "codes", "audits", "export-audit");
    }

    @Test
    void codesListShowsTheBuiltInCodes() {
        assertThat(run("codes", "list")).isZero();
        assertThat(out.toString()).contains("ilo-forced-labour-indicators", "fair-recruitment",
                "rights-based-migration", "multi-stakeholder-base");
    }

    @Test
    void auditsListShowsTheDemoAudits() {
        assertThat(run("audits", "list", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("ACCEPTED", "IN_PROGRESS", "Perak Precision Electronics",
                "Andaman Seafood Processing");
    }

    @Test
    void exportAuditByIdPrefixWritesAWorkbook() throws Exception {
        Path report = dir.resolve("report.xlsx");

        assertThat(run("export-audit", "--db", db.toString(), "--audit", firstAuditId().substring(0, 8), "--out",
                report.toString())).as(err.toString()).isZero();

        try (OPCPackage pkg = OPCPackage.open(report.toFile(), PackageAccess.READ);
             XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void confidentialExportWithAPasswordFileIsEncrypted() throws Exception {
        Path passwordFile = dir.resolve("export-password.txt");
        Files.writeString(passwordFile, "correct horse battery\n");
        Path report = dir.resolve("confidential.xlsx");

        assertThat(run("export-audit", "--db", db.toString(), "--audit", firstAuditId(), "--out", report.toString(),
                "--include-confidential", "--password-file", passwordFile.toString())).as(err.toString()).isZero();

        assertThat(FileMagic.valueOf(report.toFile())).isEqualTo(FileMagic.OLE2);
        try (Workbook workbook = WorkbookFactory.create(report.toFile(), "correct horse battery", true)) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(6);
        }
        assertThat(out.toString() + err.toString()).doesNotContain("correct horse");
    }

    @Test
    void thePasswordOptionWithoutAValueAsksForIt() throws Exception {
        Path report = dir.resolve("asked.xlsx");
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("typed at the prompt\n".getBytes(StandardCharsets.UTF_8)));
        try {
            assertThat(run("export-audit", "--db", db.toString(), "--audit", firstAuditId(), "--out",
                    report.toString(), "--include-confidential", "--password")).as(err.toString()).isZero();
        } finally {
            System.setIn(stdin);
        }

        try (Workbook workbook = WorkbookFactory.create(report.toFile(), "typed at the prompt", true)) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(6);
        }
        assertThat(out.toString() + err.toString()).doesNotContain("typed at the prompt");
    }

    @Test
    void confidentialExportWithoutAPasswordFailsWithOneLineAndWritesNothing() {
        Path report = dir.resolve("no-password.xlsx");

        int status = run("export-audit", "--db", db.toString(), "--audit", firstAuditId(), "--out",
                report.toString(), "--include-confidential");

        assertThat(status).isNotZero();
        assertThat(err.toString().strip()).doesNotContain("\n").contains("--include-confidential needs a password");
        assertThat(Files.exists(report)).isFalse();
    }

    @Test
    void aTooShortPasswordIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path passwordFile = dir.resolve("short-password.txt");
        Files.writeString(passwordFile, "1234567");
        Path report = dir.resolve("short.xlsx");

        int status = run("export-audit", "--db", db.toString(), "--audit", firstAuditId(), "--out",
                report.toString(), "--include-confidential", "--password-file", passwordFile.toString());

        assertThat(status).isNotZero();
        assertThat(err.toString().strip()).isEqualTo("export-audit: Use a password of at least 8 characters.");
        assertThat(Files.exists(report)).isFalse();
    }

    @Test
    void aPasswordWithoutIncludeConfidentialIsRefused() throws Exception {
        Path passwordFile = dir.resolve("unused-password.txt");
        Files.writeString(passwordFile, "correct horse battery");

        int status = run("export-audit", "--db", db.toString(), "--audit", firstAuditId(), "--out",
                dir.resolve("unused.xlsx").toString(), "--password-file", passwordFile.toString());

        assertThat(status).isNotZero();
        assertThat(err.toString().strip()).doesNotContain("\n").contains("--include-confidential");
    }

    @Test
    void unknownAuditFailsWithOneLineOnStderr() {
        int status = run("export-audit", "--db", db.toString(), "--audit", "ffffffff-0000", "--out",
                dir.resolve("x.xlsx").toString());

        assertThat(status).isNotZero();
        assertThat(err.toString().strip()).doesNotContain("\n").contains("ffffffff-0000");
        assertThat(Files.exists(dir.resolve("x.xlsx"))).isFalse();
    }

    @Test
    void missingDatabaseIsNotCreatedByAReadingCommand() {
        Path missing = dir.resolve("nothing-here");
        assertThat(run("audits", "list", "--db", missing.toString())).isNotZero();
        assertThat(err.toString()).contains(missing.toString());
        assertThat(Files.exists(dir.resolve("nothing-here.mv.db"))).isFalse();
    }

    @Test
    void demoRefusesADatabaseThatHoldsData() {
        assertThat(run("demo", "--db", db.toString())).isNotZero();
        assertThat(err.toString().strip()).doesNotContain("\n");
    }

    @Test
    void usageErrorsGiveOneLineAndStatusTwo() {
        assertThat(run("export-audit", "--db", db.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("--out");
    }

    @Test
    void everyCommandAndOptionIsDescribedFromTheBundle() {
        assertDescribed(Cli.commandLine());
    }

    private static void assertDescribed(CommandLine command) {
        var spec = command.getCommandSpec();
        assertThat(spec.usageMessage().description()).as(spec.qualifiedName()).isNotEmpty();
        spec.options().forEach(option -> assertThat(option.description())
                .as(spec.qualifiedName() + " " + option.longestName()).isNotEmpty());
        command.getSubcommands().values().forEach(CliTest::assertDescribed);
    }

    @Test
    void changeLogVerifyNamesTheFirstAlteredEntry() throws Exception {
        Path copy = dir.resolve("tampered.mv.db");
        Files.copy(Path.of(db + ".mv.db"), copy);
        String tampered = copy.toString().replace(".mv.db", "");
        assertThat(run("changelog", "verify", "--db", tampered)).isZero();
        assertThat(out.toString()).contains("intact");

        try (var connection = java.sql.DriverManager.getConnection("jdbc:h2:file:" + tampered, "fairaudit", "");
             var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE change_log SET after_json = REPLACE(after_json, 'Perak', 'Penang')"
                    + " WHERE seq = (SELECT MIN(seq) FROM change_log WHERE after_json LIKE '%Perak%')");
        }

        assertThat(run("changelog", "verify", "--db", tampered)).isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("broken at entry");
    }
}
