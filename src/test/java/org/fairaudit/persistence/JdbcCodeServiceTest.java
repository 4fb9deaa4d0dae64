package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.fairaudit.codes.CodeLibrary;
import org.fairaudit.codes.CodeTemplates;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeRef;
import org.fairaudit.domain.CodeSection;
import org.fairaudit.domain.Crosswalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcCodeServiceTest {
    @TempDir
    Path dir;

    @Test
    void storedCodesReadBackEqualToTheTemplates() {
        try (Store store = Store.open(dir)) {
            assertThat(store.codes.codes()).containsExactly(TestCodes.RECRUITMENT, TestCodes.INDICATORS);
        }
        try (Store reopened = new Store(dir.resolve("fairaudit"), List.of())) {
            assertThat(reopened.codes.code(TestCodes.RECRUITMENT.ref())).contains(TestCodes.RECRUITMENT);
            assertThat(reopened.codes.code(TestCodes.INDICATORS.ref())).contains(TestCodes.INDICATORS);
        }
    }

    @Test
    void newestVersionIsListedAndOlderVersionsStayReadable() {
        try (Store store = Store.open(dir)) {
            assertThat(store.codes.codes()).hasSize(2);
        }
        try (Store store = new Store(dir.resolve("fairaudit"),
                List.of(TestCodes.RECRUITMENT_V2, TestCodes.INDICATORS))) {
            assertThat(store.codes.codes()).containsExactly(TestCodes.RECRUITMENT_V2, TestCodes.INDICATORS);
            assertThat(store.codes.code(new CodeRef("fair-recruitment", "1.0"))).contains(TestCodes.RECRUITMENT);
            assertThat(store.codes.code(new CodeRef("fair-recruitment", "9"))).isEmpty();
        }
    }

    @Test
    void aStoredVersionIsNeverRewrittenAndTheChangeIsReported() {
        try (Store store = Store.open(dir)) {
            assertThat(store.codes.templateProblems()).isEmpty();
        }
        CodeOfConduct edited = new CodeOfConduct(TestCodes.RECRUITMENT.id(), "Edited title",
                TestCodes.RECRUITMENT.version(), "FairAudit", "en", null,
                List.of(new CodeSection("fees", "Fees", List.of())));
        try (Store store = new Store(dir.resolve("fairaudit"), List.of(edited, TestCodes.INDICATORS))) {
            assertThat(store.codes.code(TestCodes.RECRUITMENT.ref())).contains(TestCodes.RECRUITMENT);
            assertThat(store.codes.templateProblems()).singleElement().asString()
                    .contains("fair-recruitment").doesNotStartWith("!");
        }
    }

    @Test
    void inTheBackgroundEveryMethodWaitsForTheTemplatesToBeStored() throws Exception {
        CodeLibrary builtIn = CodeLibrary.loadBuiltIn();
        try (Database database = Database.openH2(dir.resolve("fairaudit"))) {
            JdbcProfileService profiles = new JdbcProfileService(database);
            CompletableFuture<CodeTemplates> templates = new CompletableFuture<>();
            JdbcCodeService codes = JdbcCodeService.loadingInBackground(database, templates, profiles);
            CompletableFuture<List<CodeOfConduct>> asked = CompletableFuture.supplyAsync(codes::codes);
            Thread.sleep(100);
            assertThat(asked).isNotDone();

            templates.complete(CodeTemplates.readBuiltIn());

            assertThat(asked.get(10, TimeUnit.SECONDS)).isEqualTo(builtIn.newestVersions());
            CodeOfConduct first = builtIn.codes().get(0);
            assertThat(codes.code(first.ref())).contains(first);
            assertThat(codes.templateProblems()).isEmpty();
            assertThat(codes.crosswalk()).isEqualTo(builtIn.crosswalk());
        }
        try (Store reopened = new Store(dir.resolve("fairaudit"), List.of())) {
            assertThat(reopened.codes.code(builtIn.codes().get(0).ref())).contains(builtIn.codes().get(0));
        }
    }

    @Test
    void templatesParsedBeforeByTheSameBuildAreTakenFromTheDatabase() throws Exception {
        Path userCodes = Files.createDirectories(dir.resolve("codes"));
        Files.writeString(userCodes.resolve("brand.yaml"), BRAND_CODE.formatted("1.0"));
        Files.writeString(userCodes.resolve("broken.yaml"), "id: broken\ntitle: [unclosed\n");
        List<CodeOfConduct> parsed = start(userCodes, "build 1").codes();
        retitleStoredCode("brand-code", "Retitled in the database");

        Started again = start(userCodes, "build 1");

        assertThat(again.problems()).as("a parse would report the stored title differing from the template's")
                .singleElement().asString().startsWith("broken.yaml:");
        assertThat(again.codes()).extracting(CodeOfConduct::id)
                .containsExactlyElementsOf(parsed.stream().map(CodeOfConduct::id).toList());
        assertThat(again.codes()).filteredOn(code -> code.id().equals("brand-code")).singleElement()
                .extracting(CodeOfConduct::title).isEqualTo("Retitled in the database");
        assertThat(again.crosswalk()).isEqualTo(CodeLibrary.loadBuiltIn().crosswalk());
    }

    @Test
    void anotherBuildParsesTheSameTemplatesAgain() throws Exception {
        Path userCodes = Files.createDirectories(dir.resolve("codes"));
        Files.writeString(userCodes.resolve("brand.yaml"), BRAND_CODE.formatted("1.0"));
        start(userCodes, "build 1");
        retitleStoredCode("brand-code", "Retitled in the database");

        assertThat(start(userCodes, "build 2").problems()).singleElement().asString()
                .contains("brand-code").contains("1.0");
    }

    @Test
    void aChangedTemplateIsParsedAgain() throws Exception {
        Path userCodes = Files.createDirectories(dir.resolve("codes"));
        Files.writeString(userCodes.resolve("brand.yaml"), BRAND_CODE.formatted("1.0"));
        start(userCodes, "build 1");
        Files.writeString(userCodes.resolve("brand.yaml"), BRAND_CODE.formatted("1.1"));

        Started again = start(userCodes, "build 1");

        assertThat(again.codes()).extracting(CodeOfConduct::ref).contains(new CodeRef("brand-code", "1.1"))
                .doesNotContain(new CodeRef("brand-code", "1.0"));
        assertThat(again.problems()).isEmpty();
    }

    @Test
    void anAddedTemplateIsParsedAndARemovedOneNoLongerReported() throws Exception {
        Path userCodes = Files.createDirectories(dir.resolve("codes"));
        Files.writeString(userCodes.resolve("broken.yaml"), "id: broken\ntitle: [unclosed\n");
        assertThat(start(userCodes, "build 1").problems()).hasSize(1);
        Files.delete(userCodes.resolve("broken.yaml"));
        Files.writeString(userCodes.resolve("brand.yaml"), BRAND_CODE.formatted("1.0"));

        Started again = start(userCodes, "build 1");

        assertThat(again.problems()).isEmpty();
        assertThat(again.codes()).extracting(CodeOfConduct::ref).contains(new CodeRef("brand-code", "1.0"));
    }

    @Test
    void fromClassFoldersTheTemplatesAreParsedAtEveryStart() throws Exception {
        Path userCodes = Files.createDirectories(dir.resolve("codes"));
        Files.writeString(userCodes.resolve("brand.yaml"), BRAND_CODE.formatted("1.0"));
        CodeTemplates fromClassFolders = CodeTemplates.readBuiltInAnd(userCodes);
        assertThat(fromClassFolders.fingerprint()).as("tests run from class folders").isEmpty();
        start(fromClassFolders);
        retitleStoredCode("brand-code", "Retitled in the database");

        assertThat(start(fromClassFolders).problems()).singleElement().asString().contains("brand-code");
    }

    /** A user template of one requirement, at the version given. */
    private static final String BRAND_CODE = """
            id: brand-code
            title: Example brand supplier code
            version: "%s"
            issuer: Example brand
            language: en
            sections:
              - id: recruitment
                title: Recruitment
                requirements:
                  - ref: B-1
                    text: Workers pay no recruitment fees or related costs to anyone.
                    check_by: [worker_interviews, documents]
                    topics: [recruitment-fees]
                    severity: zero_tolerance
            """;

    private record Started(List<CodeOfConduct> codes, List<String> problems, Crosswalk crosswalk) {
    }

    private Started start(Path userCodes, String build) {
        return start(CodeTemplates.readBuiltInAnd(userCodes).parsedBy(build));
    }

    /** Opens the database as a start does, with {@code templates} read, and closes it once the codes are loaded. */
    private Started start(CodeTemplates templates) {
        try (Database database = Database.openH2(dir.resolve("fairaudit"))) {
            JdbcCodeService codes = JdbcCodeService.loadingInBackground(database,
                    CompletableFuture.completedFuture(templates), new JdbcProfileService(database));
            return new Started(codes.codes(), codes.templateProblems(), codes.crosswalk());
        }
    }

    private void retitleStoredCode(String id, String title) {
        try (Database database = Database.openH2(dir.resolve("fairaudit"))) {
            new Jdbc(database, () -> null).write(tx -> tx.update("UPDATE code SET title = ? WHERE code_id = ?",
                    title, id));
        }
    }

    @Test
    void aFailureInTheBackgroundReachesEveryCallerAsItWasThrown() {
        try (Database database = Database.openH2(dir.resolve("fairaudit"))) {
            JdbcCodeService codes = JdbcCodeService.loadingInBackground(database,
                    CompletableFuture.failedFuture(new IllegalStateException("templates unreadable")),
                    new JdbcProfileService(database));

            assertThatThrownBy(codes::codes).isInstanceOf(IllegalStateException.class)
                    .hasMessage("templates unreadable");
            assertThatThrownBy(codes::crosswalk).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void versionsCompareNumerically() {
        assertThat(List.of("1.10", "1.9", "2024.1", "1.0", "1.2.1").stream().sorted(VersionOrder.INSTANCE))
                .containsExactly("1.0", "1.2.1", "1.9", "1.10", "2024.1");
    }
}
