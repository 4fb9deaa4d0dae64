package org.fairaudit.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeTemplatesTest {
    @TempDir
    Path userCodes;

    @Test
    void theSameFilesReadBySameBuildHaveTheSameFingerprint() throws Exception {
        Files.writeString(userCodes.resolve("a.yaml"), "id: a\n");

        assertThat(fingerprint("build 1")).isPresent().isEqualTo(fingerprint("build 1"));
        assertThat(fingerprint("build 1")).isNotEqualTo(fingerprint("build 2"));
    }

    @Test
    void anyChangeToTheFilesChangesTheFingerprint() throws Exception {
        Files.writeString(userCodes.resolve("a.yaml"), "id: a\n");
        Optional<String> first = fingerprint("build 1");

        Files.writeString(userCodes.resolve("a.yaml"), "id: b\n");
        Optional<String> edited = fingerprint("build 1");
        Files.move(userCodes.resolve("a.yaml"), userCodes.resolve("b.yaml"));
        Optional<String> renamed = fingerprint("build 1");
        Files.writeString(userCodes.resolve("c.yaml"), "");
        Optional<String> added = fingerprint("build 1");

        assertThat(List.of(first, edited, renamed, added)).doesNotHaveDuplicates();
    }

    @Test
    void fromClassFoldersThereIsNoFingerprint() {
        assertThat(CodeTemplates.readBuiltIn().fingerprint()).isEmpty();
    }

    @Test
    void theCrosswalkAloneParsesAsInTheWholeLibrary() {
        assertThat(CodeTemplates.readBuiltIn().parseCrosswalk()).isEqualTo(CodeLibrary.loadBuiltIn().crosswalk());
    }

    private Optional<String> fingerprint(String build) {
        return CodeTemplates.readBuiltInAnd(userCodes).parsedBy(build).fingerprint();
    }
}
