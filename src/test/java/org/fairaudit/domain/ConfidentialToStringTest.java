package org.fairaudit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A record that ends up in a log message or exception must not carry what workers said or who they are. */
class ConfidentialToStringTest {
    @Test
    void findingHidesDescriptionEvidenceAndPseudonyms() {
        Finding finding = new Finding(UUID.randomUUID(), UUID.randomUUID(), null,
                List.of(new RequirementKey("fl", "FL-7")), Severity.MAJOR, "Passports held by HR", "Register",
                3, Scope.SYSTEMIC, Set.of(), "Policy", FindingStatus.OPEN, LocalDate.of(2026, 1, 1), "W-07, W-12", 1);

        assertThat(finding.toString()).contains(finding.id().toString(), "fl:FL-7", "MAJOR")
                .doesNotContain("Passports", "Register", "Policy", "W-07");
    }

    @Test
    void responseHidesNotesAndInterviewNotes() {
        Response response = new Response(UUID.randomUUID(), UUID.randomUUID(), new RequirementKey("fl", "FL-7"),
                ResponseResult.NON_COMPLIANT, Set.of(), "Saw the register", "W-07 said HR keeps it", 2);

        assertThat(response.toString()).contains("NON_COMPLIANT").doesNotContain("register", "W-07");
    }
}
