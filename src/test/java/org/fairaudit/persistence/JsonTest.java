package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** String lists as the code store keeps them: read back exactly as written, anything else refused. */
class JsonTest {

    @Test
    void aWrittenListReadsBackUnchanged() {
        List<String> texts = List.of("C029 Art.2", "", "quote \" and \\ backslash", "Bahasa Melayu: pekerja",
                "ກົດໝາຍ", "line\nbreak");

        assertThat(Json.readStringList(Json.write(texts))).containsExactlyElementsOf(texts);
        assertThat(Json.readStringList("[]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\"text\"", "{}", "[1]", "[\"a\", null]", "[\"a\"", "[\"a\"] [\"b\"]", "[[\"a\"]]"})
    void anythingButAnArrayOfStringsIsRefused(String json) {
        assertThatThrownBy(() -> Json.readStringList(json)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a JSON array of strings");
    }
}
