package org.fairaudit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
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
        run("audits", "list", "--db", db.toString());
        String firstId = out.toString().lines().skip(1).findFirst().orElseThrow().substring(0, 36);
        Path report = dir.resolve("report.xlsx");

        assertThat(run("export-audit", "--db", db.toString(), "--audit", firstId.substring(0, 8), "--out",
                report.toString())).as(err.toString()).isZero();

        try (OPCPackage pkg = OPCPackage.open(report.toFile(), PackageAccess.READ);
             XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(6);
        }
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
}
