package org.fairaudit.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.fairaudit.excel.RawXlsx.row;
import static org.fairaudit.excel.RawXlsx.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeRef;
import org.fairaudit.domain.EvidenceSource;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.Requirement;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Severity;
import org.fairaudit.excel.RawXlsx;
import org.fairaudit.service.AccessDeniedException;
import org.fairaudit.service.CodeImportPreview;
import org.fairaudit.service.ImportProblem;
import org.fairaudit.service.ImportRefusedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A brand's code of conduct from a spreadsheet: validated as a template, kept beside the database, pinned. */
class CodeImportTest {
    @TempDir
    Path dir;
    ImportFixture fixture;

    @BeforeEach
    void open() {
        fixture = ImportFixture.reviewer(dir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** The README's example code, as a brand would type it: headers in words, lists split by semicolons. */
    private Path brandCode(String name, String... extraRows) throws Exception {
        Path file = dir.resolve(name);
        List<String> rows = new ArrayList<>(List.of(
                row(1, text("A1", "Code id"), text("B1", "Title"), text("C1", "Version"), text("D1", "Issuer"),
                        text("E1", "Language"), text("F1", "Section id"), text("G1", "Section title"),
                        text("H1", "Ref"), text("I1", "Text"), text("J1", "Check by"), text("K1", "References"),
                        text("L1", "Topics"), text("M1", "Severity"), text("N1", "Indicator"),
                        text("O1", "Strong indicator")),
                row(2, text("A2", "brand-code"), text("B2", "Example brand supplier code"), text("C2", "1.0"),
                        text("D2", "Example brand"), text("E2", "en"), text("F2", "recruitment"),
                        text("G2", "Recruitment"), text("H2", "B-1"),
                        text("I2", "Workers pay no recruitment fees or related costs to anyone."),
                        text("J2", "worker_interviews; documents"), text("K2", "C181 Art.7; ILO 2019 fee definition"),
                        text("L2", "recruitment-fees"), text("M2", "zero_tolerance")),
                row(3, text("F3", "recruitment"), text("G3", "Recruitment"), text("H3", "B-2"),
                        text("I3", "Workers keep their own passports and identity documents."),
                        text("J3", "observation\nworker_interviews"), text("L3", "identity-documents"),
                        text("M3", "zero_tolerance"), text("N3", "retention-of-identity-documents"),
                        text("O3", "true"))));
        rows.addAll(List.of(extraRows));
        RawXlsx.write(file, "Brand code", rows);
        return file;
    }

    @Test
    void aValidSheetBecomesATemplateBesideTheDatabaseAndIsThereAfterARestart() throws Exception {
        CodeImportPreview preview = fixture.context.services().codeImport().preview(brandCode("brand.xlsx"));
        assertThat(preview.rejected()).isEmpty();

        Path template = fixture.context.services().codeImport().apply(preview);

        CodeRef ref = new CodeRef("brand-code", "1.0");
        assertThat(template).isEqualTo(dir.resolve("codes").resolve("brand-code-1.0.yaml"));
        assertThat(fixture.context.services().codes().codes()).extracting(CodeOfConduct::id).contains("brand-code");
        CodeOfConduct code = fixture.context.services().codes().code(ref).orElseThrow();
        assertThat(code.sections().get(0).requirements()).containsExactly(
                new Requirement("B-1", "Workers pay no recruitment fees or related costs to anyone.", "",
                        List.of(EvidenceSource.WORKER_INTERVIEWS, EvidenceSource.DOCUMENTS),
                        List.of("C181 Art.7", "ILO 2019 fee definition"), List.of("recruitment-fees"),
                        Severity.ZERO_TOLERANCE, true, null, false),
                new Requirement("B-2", "Workers keep their own passports and identity documents.", "",
                        List.of(EvidenceSource.OBSERVATION, EvidenceSource.WORKER_INTERVIEWS), List.of(),
                        List.of("identity-documents"), Severity.ZERO_TOLERANCE, true,
                        ForcedLabourIndicator.RETENTION_OF_IDENTITY_DOCUMENTS, true));

        fixture.close();
        fixture = ImportFixture.reopen(dir);
        assertThat(fixture.context.services().codes().templateProblems()).isEmpty();
        assertThat(fixture.context.services().codes().code(ref)).contains(code);
    }

    @Test
    void theSameIdAndVersionIsRefusedTheSecondTime() throws Exception {
        Path file = brandCode("brand.xlsx");
        fixture.context.services().codeImport().apply(fixture.context.services().codeImport().preview(file));
        String before = fixture.digest();

        CodeImportPreview again = fixture.context.services().codeImport().preview(file);

        assertThat(again.canApply()).isFalse();
        assertThat(again.rejected()).extracting(ImportProblem::message)
                .containsExactly("code brand-code version 1.0 is already in FairAudit; a changed code needs a new version");
        assertThatThrownBy(() -> fixture.context.services().codeImport().apply(again))
                .isInstanceOf(ImportRefusedException.class);
        assertThat(fixture.digest()).isEqualTo(before);
    }

    @Test
    void everyProblemNamesTheRowAndColumnInTheWordsOfTheYamlLoader() throws Exception {
        Path file = brandCode("broken.xlsx",
                row(4, text("B4", "Another title"), text("F4", "recruitment"), text("G4", "Recruitment"),
                        text("H4", "B-1"), text("I4", "Workers may resign."), text("J4", "worker_interviews"),
                        text("L4", "freedom-of-movement"), text("M4", "huge")));
        String before = fixture.digest();

        CodeImportPreview preview = fixture.context.services().codeImport().preview(file);

        assertThat(preview.code()).isEmpty();
        assertThat(preview.rejected()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::message)
                .containsExactlyInAnyOrder(
                        tuple(4, "B", "'Another title' differs from 'Example brand supplier code' given on row 2;"
                                + " a code has one value here"),
                        tuple(4, "H", "ref 'B-1' is already used on row 2"),
                        tuple(4, "M", "unknown value 'huge' (expected zero_tolerance, major, minor, observation)"));
        assertThat(preview.rejected().get(0).toString()).startsWith("broken.xlsx, sheet 'Brand code', row 4, column ");
        assertThat(fixture.digest()).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("codes"))).isFalse();
    }

    @Test
    void anAuditorMayNotImportCodes() throws Exception {
        Path file = brandCode("brand.xlsx");
        fixture.context.services().profiles().createAndUse("Field auditor", Role.AUDITOR);

        assertThatThrownBy(() -> fixture.context.services().codeImport().preview(file))
                .isInstanceOf(AccessDeniedException.class);
    }
}
