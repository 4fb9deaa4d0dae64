package org.fairaudit.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fairaudit.domain.CodeRef;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.Requirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example in templates/codes/README.md is a template that loads, so the documentation cannot drift. */
class TemplateFormatReadmeTest {

    @Test
    void readmeExampleLoadsAsAUserCode(@TempDir Path userCodes) throws IOException {
        String readme = Files.readString(Path.of("templates", "codes", "README.md"));
        int start = readme.indexOf("```yaml\n") + "```yaml\n".length();
        Files.writeString(userCodes.resolve("brand-code.yaml"), readme.substring(start, readme.indexOf("```", start)));

        CodeLibrary library = CodeLibrary.loadBuiltInAnd(userCodes);

        assertThat(library.problems()).isEmpty();
        Requirement passports = library.code(new CodeRef("brand-code", "1.0")).orElseThrow().requirement("B-2").orElseThrow();
        assertThat(passports.indicator()).isEqualTo(ForcedLabourIndicator.RETENTION_OF_IDENTITY_DOCUMENTS);
        assertThat(passports.strongIndicator()).isTrue();
        assertThat(passports.zeroTolerance()).isTrue();
        assertThat(passports.guidance()).isEmpty();
    }
}
