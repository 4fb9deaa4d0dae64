package org.fairaudit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.fairaudit.codes.CodeLibrary;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppContextTest {
    @TempDir
    Path dir;

    @Test
    void codesBesideTheDatabaseLoadWithTheBuiltInOnesAndBrokenOnesAreReported() throws Exception {
        Path codes = Files.createDirectories(dir.resolve("codes"));
        Files.writeString(codes.resolve("brand-code.yaml"), """
                id: brand-code
                title: Example brand supplier code
                version: "1.0"
                issuer: Example brand
                language: en
                description: A brand's own code.
                sections:
                  - id: recruitment
                    title: Recruitment
                    requirements:
                      - ref: B-1
                        text: Workers pay no recruitment fees or related costs to anyone.
                        guidance: Agency invoices; ask workers privately what they paid.
                        check_by: [worker_interviews, documents]
                        references: [C181 Art.7]
                        topics: [recruitment-fees]
                        severity: zero_tolerance
                """);
        Files.writeString(codes.resolve("broken.yaml"), "id: broken\ntitle: [unclosed\n");

        try (AppContext context = AppContext.open(dir.resolve("fairaudit"))) {
            assertThat(context.services().codes().codes()).extracting(CodeOfConduct::id)
                    .contains("brand-code", "fair-recruitment", "ilo-forced-labour-indicators");
            assertThat(context.services().codes().code(new CodeRef("brand-code", "1.0"))).isPresent();
            assertThat(context.services().codes().templateProblems()).singleElement()
                    .asString().startsWith("broken.yaml:");
        }
    }

    @Test
    void closingRightAfterOpeningStillStoresTheCodes() throws Exception {
        Path db = dir.resolve("fairaudit");
        AppContext.open(db).close(); // as a quick command does: the codes were being stored in the background

        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + db, "fairaudit", "");
             Statement statement = connection.createStatement();
             ResultSet codes = statement.executeQuery("SELECT COUNT(*) FROM code")) {
            codes.next();
            assertThat(codes.getInt(1)).isEqualTo(CodeLibrary.loadBuiltIn().codes().size());
        }
    }
}
