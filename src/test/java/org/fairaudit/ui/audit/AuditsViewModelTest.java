package org.fairaudit.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditsViewModelTest {
    @Test
    void listsAuditsWithSupplierTypeStatusCodesAndProgress() {
        AuditFixture fixture = new AuditFixture();
        AuditsViewModel list = new AuditsViewModel(fixture.audits, fixture.executor);

        list.refresh();

        assertThat(list.rows()).singleElement().isEqualTo(new AuditRow(fixture.audit.id(), "Golden Thread Garments",
                "Initial · Unannounced", "In progress", "2026-03-10", "fair-recruitment@1.0", "0 / 5 assessed"));
    }
}
