package org.fairaudit.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each broken user template is reported with file, line and field, and skipped; the valid ones still load. */
class BrokenTemplateTest {
    private static final String VALID = """
            id: brand-code
            title: Brand code
            version: "1.0"
            issuer: Example brand
            language: en
            sections:
              - id: wages
                title: Wages
                requirements:
                  - ref: B-1
                    text: Wages are paid on time.
                    check_by: [documents]
                    topics: [wage-payment-deductions]
                    severity: major
                  - ref: B-2
                    text: Workers pay no recruitment fees.
                    check_by: [worker_interviews, documents]
                    topics: [recruitment-fees]
                    severity: zero_tolerance
            """;

    @TempDir
    Path userCodes;

    @Test
    void unknownSeverityNamesFileLineFieldAndTheAllowedValues() {
        String yaml = broken("severity: major", "severity: huge");

        CodeLibrary library = loadWithValidAnd("broken.yaml", yaml);

        assertOnlyProblem(library, "broken.yaml", lineOf(yaml, "severity: huge"), "sections[0].requirements[0].severity");
        assertThat(library.problems().get(0)).hasToString("broken.yaml:" + lineOf(yaml, "severity: huge")
                + ": sections[0].requirements[0].severity: unknown value 'huge' (expected zero_tolerance, major, minor,"
                + " observation)");
    }

    @Test
    void missingRequiredFieldPointsAtItsRequirement() {
        String yaml = broken("        text: Wages are paid on time.\n", "");

        assertOnlyProblem(loadWithValidAnd("broken.yaml", yaml), "broken.yaml", lineOf(yaml, "ref: B-1"),
                "sections[0].requirements[0].text");
    }

    @Test
    void unknownEvidenceSourceIsReportedAtTheListItem() {
        String yaml = broken("check_by: [documents]", "check_by: [documents, gossip]");

        assertOnlyProblem(loadWithValidAnd("broken.yaml", yaml), "broken.yaml", lineOf(yaml, "gossip"),
                "sections[0].requirements[0].check_by[1]");
    }

    @Test
    void unknownForcedLabourIndicatorIsReported() {
        String yaml = broken("severity: major\n", "severity: major\n        indicator: slavery\n");

        assertOnlyProblem(loadWithValidAnd("broken.yaml", yaml), "broken.yaml", lineOf(yaml, "indicator: slavery"),
                "sections[0].requirements[0].indicator");
    }

    @Test
    void topicMissingFromTheCrosswalkIsReported() {
        String yaml = broken("topics: [recruitment-fees]", "topics: [recruitment-fees, fees]");

        assertOnlyProblem(loadWithValidAnd("broken.yaml", yaml), "broken.yaml", lineOf(yaml, "fees, fees"),
                "sections[0].requirements[1].topics[1]");
    }

    @Test
    void duplicateRefNamesTheLineOfTheFirstUse() {
        String yaml = broken("ref: B-2", "ref: B-1");

        CodeLibrary library = loadWithValidAnd("broken.yaml", yaml);

        int second = yaml.lines().toList().lastIndexOf("      - ref: B-1") + 1;
        assertOnlyProblem(library, "broken.yaml", second, "sections[0].requirements[1].ref");
        assertThat(library.problems().get(0).message()).contains("line " + lineOf(yaml, "ref: B-1"));
    }

    @Test
    void sameCodeIdAndVersionAsABuiltInCodeIsRefused() {
        String yaml = VALID.replace("id: brand-code", "id: fair-recruitment");

        CodeLibrary library = loadWithValidAnd("my-fair-recruitment.yaml", yaml);

        assertOnlyProblem(library, "my-fair-recruitment.yaml", lineOf(yaml, "version:"), "version");
        assertThat(library.problems().get(0).message()).contains("fair-recruitment.yaml", "new version");
        assertThat(library.code(new CodeRef("fair-recruitment", "1.0")).orElseThrow().title())
                .isEqualTo("Fair recruitment and the Employer Pays Principle");
    }

    @Test
    void duplicateCodeAcrossUserTemplatesKeepsTheFirstByFileName() {
        write("a.yaml", VALID);
        write("b.yaml", VALID.replace("title: Brand code", "title: Changed without a new version"));

        CodeLibrary library = CodeLibrary.loadBuiltInAnd(userCodes);

        assertThat(library.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("b.yaml");
            assertThat(problem.field()).isEqualTo("version");
            assertThat(problem.message()).contains("a.yaml");
        });
        assertThat(library.code(new CodeRef("brand-code", "1.0")).orElseThrow().title()).isEqualTo("Brand code");
    }

    @Test
    void sectionWithoutRequirementsIsReported() {
        String yaml = broken("", "") + """
                  - id: empty
                    title: Nothing to check
                    requirements: []
                """;

        assertOnlyProblem(loadWithValidAnd("broken.yaml", yaml), "broken.yaml", lineOf(yaml, "requirements: []"),
                "sections[1].requirements");
    }

    @Test
    void misspeltFieldIsReportedRatherThanIgnored() {
        String yaml = broken("        severity: major\n", "        severity: major\n        guidence: Check payroll.\n");

        assertOnlyProblem(loadWithValidAnd("broken.yaml", yaml), "broken.yaml", lineOf(yaml, "guidence"),
                "sections[0].requirements[0].guidence");
    }

    @Test
    void zeroToleranceFlagContradictingTheSeverityIsReported() {
        String yaml = broken("        severity: major\n", "        severity: major\n        zero_tolerance: true\n");

        assertOnlyProblem(loadWithValidAnd("broken.yaml", yaml), "broken.yaml", lineOf(yaml, "zero_tolerance: true"),
                "sections[0].requirements[0].zero_tolerance");
    }

    @Test
    void strongIndicatorWithoutIndicatorIsReported() {
        String yaml = broken("        severity: major\n", "        severity: major\n        strong_indicator: true\n");

        assertOnlyProblem(loadWithValidAnd("broken.yaml", yaml), "broken.yaml", lineOf(yaml, "strong_indicator"),
                "sections[0].requirements[0].strong_indicator");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        String yaml = broken("severity: major", "severity: huge").replace("ref: B-2", "ref: B-1");

        CodeLibrary library = loadWithValidAnd("broken.yaml", yaml);

        assertThat(library.problems()).extracting(TemplateProblem::field).containsExactly(
                "sections[0].requirements[0].severity", "sections[0].requirements[1].ref");
    }

    @Test
    void malformedYamlIsReportedAtTheParserLine() {
        String yaml = "id: broken-code\ntitle: Broken\n  version: nested: wrongly\n";

        CodeLibrary library = loadWithValidAnd("broken.yaml", yaml);

        assertOnlyProblem(library, "broken.yaml", 3, "");
        assertThat(library.problems().get(0).message()).startsWith("not valid YAML");
    }

    @Test
    void secondYamlDocumentInOneFileIsRefused() {
        String yaml = VALID + "---\nid: another\n";

        assertOnlyProblem(loadWithValidAnd("two.yaml", yaml), "two.yaml", lineOf(yaml, "id: another"), "");
    }

    @Test
    void repeatedKeyInAMappingIsRefused() {
        String yaml = broken("title: Brand code\n", "title: Brand code\ntitle: Again\n");

        assertOnlyProblem(loadWithValidAnd("broken.yaml", yaml), "broken.yaml", lineOf(yaml, "title: Again"), "");
    }

    @Test
    void templateThatIsNotAMappingIsRefused() {
        assertOnlyProblem(loadWithValidAnd("list.yaml", "- just\n- a list\n"), "list.yaml", 1, "");
    }

    @Test
    void emptyFileIsRefused() {
        assertOnlyProblem(loadWithValidAnd("empty.yaml", ""), "empty.yaml", 0, "");
    }

    @Test
    void fileAboveTheSizeCapIsRefusedUnread() {
        String yaml = VALID + ("# padding padding padding padding padding padding padding padding\n")
                .repeat(TemplateFile.MAX_BYTES / 64);

        CodeLibrary library = loadWithValidAnd("huge.yaml", yaml);

        assertOnlyProblem(library, "huge.yaml", 0, "");
        assertThat(library.problems().get(0)).hasToString(
                "huge.yaml: the file is larger than " + TemplateFile.MAX_BYTES + " bytes and was not read");
    }

    @Test
    void billionLaughsIsRefusedWithoutExpandingAnything() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
        }

        assertOnlyProblem(loadWithValidAnd("laughs.yaml", yaml.toString()), "laughs.yaml", 2, "");
    }

    @Test
    void deepNestingIsRefused() {
        String yaml = "id: " + "[".repeat(200) + "]".repeat(200) + "\n";

        assertOnlyProblem(loadWithValidAnd("deep.yaml", yaml), "deep.yaml", 1, "");
    }

    @Test
    void newerVersionOfACodeIsAddedAndOlderVersionsStayAvailable() {
        write("fair-recruitment-1.10.yaml", VALID.replace("id: brand-code", "id: fair-recruitment")
                .replace("version: \"1.0\"", "version: \"1.10\""));
        write("fair-recruitment-1.9.yaml", VALID.replace("id: brand-code", "id: fair-recruitment")
                .replace("version: \"1.0\"", "version: 1.9"));

        CodeLibrary library = CodeLibrary.loadBuiltInAnd(userCodes);

        assertThat(library.problems()).isEmpty();
        assertThat(library.newestVersions()).extracting(CodeOfConduct::ref).containsExactly(
                new CodeRef("rights-based-migration", "1.0"), new CodeRef("ilo-forced-labour-indicators", "1.0"),
                new CodeRef("fair-recruitment", "1.10"), new CodeRef("multi-stakeholder-base", "1.0"));
        assertThat(library.code(new CodeRef("fair-recruitment", "1.0"))).isPresent();
        assertThat(library.code(new CodeRef("fair-recruitment", "1.9"))).isPresent();
    }

    @Test
    void missingUserFolderAddsNothingAndReportsNothing() {
        CodeLibrary library = CodeLibrary.loadBuiltInAnd(userCodes.resolve("not-there"));

        assertThat(library.problems()).isEmpty();
        assertThat(library.codes()).hasSize(4);
    }

    /** The valid template with a different id (so it never clashes with valid.yaml), then one change. */
    private static String broken(String find, String replacement) {
        String yaml = VALID.replace("id: brand-code", "id: broken-code");
        assertThat(yaml).contains(find);
        return yaml.replace(find, replacement);
    }

    private CodeLibrary loadWithValidAnd(String fileName, String yaml) {
        write("valid.yaml", VALID);
        write(fileName, yaml);
        return CodeLibrary.loadBuiltInAnd(userCodes);
    }

    /** The only problem is in {@code file} at {@code line} and {@code field}; every other template loaded. */
    private static void assertOnlyProblem(CodeLibrary library, String file, int line, String field) {
        assertThat(library.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file);
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.field()).isEqualTo(field);
            assertThat(problem.message()).isNotBlank().doesNotStartWith("!");
        });
        List<String> loaded = library.codes().stream().map(CodeOfConduct::id).toList();
        assertThat(loaded).containsExactly("rights-based-migration", "ilo-forced-labour-indicators",
                "fair-recruitment", "multi-stakeholder-base", "brand-code");
    }

    private static int lineOf(String yaml, String text) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("not in template: " + text);
    }

    private void write(String fileName, String yaml) {
        try {
            Files.writeString(userCodes.resolve(fileName), yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
