package org.fairaudit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SupplierRulesTest {
    private static Supplier supplier(String name, String country, String osId) {
        return new Supplier(UUID.randomUUID(), name, osId, country, null, null, 1, null, null, 0);
    }

    private static WorkforceProfile workforce(int total, int women, int agency, List<MigrantGroup> migrants) {
        return new WorkforceProfile(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 1, 1), total, women,
                agency, 0, 0, migrants, 0);
    }

    @Test
    void validSupplierHasNoViolations() {
        assertThat(SupplierRules.validate(supplier("Acme", "MY", "MY2021045ABC123"))).isEmpty();
        assertThat(SupplierRules.validate(supplier("Acme", "MY", null))).isEmpty();
    }

    @Test
    void requiredFieldsCountryAndOsIdAreChecked() {
        assertThat(SupplierRules.validate(supplier(" ", "", null)))
                .containsExactly(new Violation("name", "validation.required"), new Violation("country", "validation.required"));
        assertThat(SupplierRules.validate(supplier("Acme", "XX", null)))
                .containsExactly(new Violation("country", "validation.country"));
        assertThat(SupplierRules.validate(supplier("Acme", "my", null)))
                .containsExactly(new Violation("country", "validation.country"));
        assertThat(SupplierRules.validate(supplier("Acme", "MY", "MY-123")))
                .containsExactly(new Violation("osId", "validation.osId"));
    }

    @Test
    void workforceCountsMustBeNonNegativeAndAddUp() {
        assertThat(SupplierRules.validate(workforce(100, 40, 10, List.of(new MigrantGroup("NP", 30))))).isEmpty();
        assertThat(SupplierRules.validate(workforce(100, -1, 101, List.of())))
                .containsExactly(new Violation("women", "validation.nonNegative"),
                        new Violation("agencyWorkers", "validation.exceedsTotal"));
        assertThat(SupplierRules.validate(workforce(100, 0, 0,
                List.of(new MigrantGroup("NP", 60), new MigrantGroup("BD", 50)))))
                .containsExactly(new Violation("migrants", "validation.exceedsTotal"));
        assertThat(SupplierRules.validate(workforce(10, 0, 0, List.of(new MigrantGroup("Nepal", 1)))))
                .containsExactly(new Violation("migrants", "validation.country"));
    }
}
