package org.fairaudit.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fairaudit.excel.RawXlsx.row;
import static org.fairaudit.excel.RawXlsx.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.fairaudit.excel.HostileSheetCorpus;
import org.fairaudit.excel.RawXlsx;
import org.fairaudit.service.CapImportPreview;
import org.fairaudit.service.CodeImportPreview;
import org.fairaudit.service.ImportProblem;
import org.fairaudit.service.ImportRefusedException;
import org.fairaudit.service.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every file of the hostile corpus ({@code src/test/resources/hostile/sheets/}, written by {@link HostileSheetCorpus}),
 * through both importers: refused as a whole or row by row with file, sheet, row and column, and the database
 * tables unchanged. The corpus files are small; the million-row file is generated into {@code target/}.
 */
class HostileSheetImportTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "hostile", "sheets");

    @TempDir
    static Path dir;
    static ImportFixture fixture;
    private String digestBefore;

    @BeforeAll
    static void open() {
        fixture = ImportFixture.reviewer(dir);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @BeforeEach
    void digestBefore() throws Exception {
        digestBefore = fixture.digest();
    }

    @AfterEach
    void nothingChanged() throws Exception {
        assertThat(fixture.digest()).isEqualTo(digestBefore);
        assertThat(dir.resolve("codes")).doesNotExist();
    }

    /** What the CAP importer reports: the refusal of the file, or the rejected rows of its preview. */
    private static List<ImportProblem> capProblems(Path file) {
        try {
            CapImportPreview preview = fixture.context.services().capImport().preview(file, ProgressListener.NONE);
            assertThat(preview.canApply()).isFalse();
            return preview.rejected();
        } catch (ImportRefusedException e) {
            return e.problems();
        }
    }

    private static List<ImportProblem> codeProblems(Path file) {
        try {
            CodeImportPreview preview = fixture.context.services().codeImport().preview(file);
            assertThat(preview.canApply()).isFalse();
            return preview.rejected();
        } catch (ImportRefusedException e) {
            return e.problems();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not-a-zip.xlsx     | 0 |   | this is not an Excel workbook (.xlsx)",
        "old-format.xls     | 0 |   | old Excel 97–2003 (.xls) file or a password-protected workbook",
        "truncated.xlsx     | 0 |   | the workbook is damaged or incomplete",
        "zip-bomb.xlsx      | 0 |   | (a \"zip bomb\")",
        "xxe-doctype.xlsx   | 0 |   | declares a DOCTYPE (external entities are never read)",
        "one-mb-cell.xlsx   | 2 | E | the cell holds more than 32,767 characters",
        "empty.xlsx         | 0 |   | is empty"})
    void filesNoImporterCanReadAreRefusedByBoth(String name, int row, String column, String message) {
        for (List<ImportProblem> problems : List.of(capProblems(CORPUS.resolve(name)),
                codeProblems(CORPUS.resolve(name)))) {
            assertThat(problems).anySatisfy(problem -> {
                assertThat(problem.file()).isEqualTo(name);
                assertThat(problem.row()).isEqualTo(row);
                assertThat(problem.column()).isEqualTo(column == null ? "" : column);
                assertThat(problem.message()).contains(message);
            });
        }
    }

    @ParameterizedTest(name = "{0} {1}{2}")
    @CsvSource(delimiter = '|', value = {
        "cap-formula.xlsx         | 2 | E | a formula where text is expected",
        "cap-missing-columns.xlsx | 1 |   | the column 'Finding id' is missing from the header row",
        "cap-duplicate-ids.xlsx   | 3 | B | this action is already on row 2",
        "cap-bad-dates.xlsx       | 2 | G | '31/12/2026' is not a date; use a date cell or write it as YYYY-MM-DD",
        "cap-bad-dates.xlsx       | 3 | G | '46000.0' is not a date"})
    void capSheetProblemsNameSheetRowAndColumn(String name, int row, String column, String message) {
        assertThat(capProblems(CORPUS.resolve(name))).anySatisfy(problem -> {
            assertThat(problem.sheet()).isEqualTo(HostileSheetCorpus.CAP_SHEET);
            assertThat(problem.row()).isEqualTo(row);
            assertThat(problem.column()).isEqualTo(column == null ? "" : column);
            assertThat(problem.message()).contains(message);
        });
    }

    @ParameterizedTest(name = "{0} {1}{2}")
    @CsvSource(delimiter = '|', value = {
        "code-formula.xlsx       | 2 | I | a formula where text is expected",
        "code-wrong-columns.xlsx | 1 | C | unknown column 'Requirement text'",
        "code-wrong-columns.xlsx | 1 |   | the column 'version' is missing from the header row",
        "code-duplicate-ids.xlsx | 3 | H | ref 'B-1' is already used on row 2"})
    void codeSheetProblemsNameSheetRowAndColumn(String name, int row, String column, String message) {
        assertThat(codeProblems(CORPUS.resolve(name))).anySatisfy(problem -> {
            assertThat(problem.sheet()).isEqualTo("Code");
            assertThat(problem.row()).isEqualTo(row);
            assertThat(problem.column()).isEqualTo(column == null ? "" : column);
            assertThat(problem.message()).contains(message);
        });
    }

    @Test
    void committedCorpusFilesStaySmall() throws Exception {
        try (var files = Files.list(CORPUS)) {
            assertThat(files).allSatisfy(file -> assertThat(Files.size(file)).isLessThan(200 * 1024));
        }
    }

    @Test
    void aMillionRowsAreRefusedAtTheRowLimitByBothImporters() throws Exception {
        Path file = Path.of("target", "hostile-million-rows.xlsx");
        Iterator<String> rows = IntStream.rangeClosed(1, 1_000_000).mapToObj(r -> r == 1
                ? row(1, text("A1", "Finding id"), text("B1", "Action id"), text("C1", "Owner"))
                : row(r, text("A" + r, HostileSheetCorpus.FINDING), text("C" + r, "Owner " + r))).iterator();
        RawXlsx.write(file, HostileSheetCorpus.CAP_SHEET, "", rows);

        for (List<ImportProblem> problems : List.of(capProblems(file), codeProblems(file))) {
            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.row()).isEqualTo(200_001);
                assertThat(problem.message()).isEqualTo("too many rows: at most 200,000 rows are read");
            });
        }
    }
}
