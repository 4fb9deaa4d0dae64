package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeRef;
import org.fairaudit.domain.CodeSection;
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
    void versionsCompareNumerically() {
        assertThat(List.of("1.10", "1.9", "2024.1", "1.0", "1.2.1").stream().sorted(VersionOrder.INSTANCE))
                .containsExactly("1.0", "1.2.1", "1.9", "1.10", "2024.1");
    }
}
