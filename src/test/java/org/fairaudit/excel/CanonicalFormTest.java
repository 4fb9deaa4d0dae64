package org.fairaudit.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fairaudit.domain.AuditReport;
import org.fairaudit.domain.EvidenceSource;
import org.junit.jupiter.api.Test;

class CanonicalFormTest {
    private record Sample(String text, Set<EvidenceSource> sources, Map<String, String> headings, Optional<Integer> n) {
    }

    @Test
    void setsAndMapsGiveTheSameFormWhateverTheirIterationOrder() {
        Sample one = new Sample("a",
                new LinkedHashSet<>(List.of(EvidenceSource.OBSERVATION, EvidenceSource.DOCUMENTS)),
                ordered("ETI", "1", "RBA", "A1"), Optional.of(3));
        Sample other = new Sample("a",
                new LinkedHashSet<>(List.of(EvidenceSource.DOCUMENTS, EvidenceSource.OBSERVATION)),
                ordered("RBA", "A1", "ETI", "1"), Optional.of(3));
        assertThat(CanonicalForm.text(one)).isEqualTo(CanonicalForm.text(other));
    }

    @Test
    void valuesCannotRunTogether() {
        assertThat(CanonicalForm.text(List.of("ab", "c"))).isNotEqualTo(CanonicalForm.text(List.of("a", "bc")));
        assertThat(CanonicalForm.text(List.of(""))).isNotEqualTo(CanonicalForm.text(Collections.singletonList(null)));
    }

    @Test
    void leftOutConfidentialTextDoesNotChangeTheDigest() {
        String redacted = ReportDigest.sha256(ConfidentialFields.redacted(AuditReportFixture.report()), false);
        AuditReport otherNotes = AuditReportFixture.withFinding(0,
                f -> AuditReportFixture.withPseudonyms(f, "W-999"));
        assertThat(ReportDigest.sha256(ConfidentialFields.redacted(otherNotes), false)).isEqualTo(redacted);
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
