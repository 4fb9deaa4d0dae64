package org.fairaudit.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {
    @Test
    void resolvesCodesNamesAndLabels() {
        assertThat(Countries.resolve("bd")).contains("BD");
        assertThat(Countries.resolve(" Bangladesh ")).contains("BD");
        assertThat(Countries.resolve(Countries.label("BD"))).contains("BD");
        assertThat(Countries.resolve("Myanmar")).as("unique start of \"Myanmar (Burma)\"").contains("MM");
        assertThat(Countries.resolve("Korea")).as("ambiguous").isEmpty();
        assertThat(Countries.resolve("Atlantis")).isEmpty();
        assertThat(Countries.codeOrRaw("Atlantis")).isEqualTo("Atlantis");
    }

    @Test
    void labelsAreSortedByName() {
        assertThat(Countries.labels()).contains("Malaysia (MY)").isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }
}
