package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.fairaudit.codes.CodeLibrary;
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
        try (Database database = Database.openH2(dir.resolve("fairaudit"))) {
            JdbcProfileService profiles = new JdbcProfileService(database);
            CompletableFuture<CodeLibrary> library = new CompletableFuture<>();
            JdbcCodeService codes = JdbcCodeService.loadingInBackground(database, library, profiles);
            CompletableFuture<List<CodeOfConduct>> asked = CompletableFuture.supplyAsync(codes::codes);
            Thread.sleep(100);
            assertThat(asked).isNotDone();

            library.complete(new CodeLibrary(TestCodes.ALL, Crosswalk.EMPTY, List.of()));

            assertThat(asked.get(10, TimeUnit.SECONDS)).containsExactly(TestCodes.RECRUITMENT, TestCodes.INDICATORS);
            assertThat(codes.code(TestCodes.INDICATORS.ref())).contains(TestCodes.INDICATORS);
            assertThat(codes.templateProblems()).isEmpty();
        }
        try (Store reopened = new Store(dir.resolve("fairaudit"), List.of())) {
            assertThat(reopened.codes.code(TestCodes.RECRUITMENT.ref())).contains(TestCodes.RECRUITMENT);
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
