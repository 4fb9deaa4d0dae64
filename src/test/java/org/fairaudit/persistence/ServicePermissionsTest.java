package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.fairaudit.domain.Announcement;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.AuditType;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.Response;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Supplier;
import org.fairaudit.service.AccessDeniedException;
import org.fairaudit.service.FindingFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

/** The roles of DESIGN.md §8 hold in the services themselves, whatever the UI shows. */
class ServicePermissionsTest {
    @TempDir
    Path dir;
    Store store;
    Supplier supplier;
    Audit audit;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        supplier = store.suppliers.save(Supplier.draft("Perak Precision", "MY"));
        audit = store.audits.create(supplier.id(), List.of(TestCodes.INDICATORS.ref()), AuditType.INITIAL,
                Announcement.ANNOUNCED, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), "Lead", "");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aMonitorReadsNoAuditAndNoFindingThroughTheServices() {
        store.profiles.createAndUse("Union monitor", Role.MONITOR);
        UUID auditId = audit.id();

        assertDenied(Permission.READ_AUDITS, () -> store.audits.list());
        assertDenied(Permission.READ_AUDITS, () -> store.audits.find(auditId));
        assertDenied(Permission.READ_AUDITS, () -> store.audits.responses(auditId));
        assertDenied(Permission.READ_AUDITS, () -> store.audits.rating(auditId));
        assertDenied(Permission.READ_AUDITS, () -> store.audits.attachments(auditId));
        assertDenied(Permission.READ_FINDINGS, () -> store.findings.search(FindingFilter.all(LocalDate.of(2026, 3, 4))));
        assertDenied(Permission.READ_FINDINGS, () -> store.findings.findingsOfAudit(auditId));
        assertDenied(Permission.READ_FINDINGS, () -> store.dashboard.summary(LocalDate.of(2026, 3, 4)));
        // suppliers are shared: a monitor files reports about them and may add a site
        assertThat(store.suppliers.search("Perak")).extracting(Supplier::id).containsExactly(supplier.id());
    }

    @Test
    void aReviewerReadsAuditsButDoesNotFillInTheirChecklist() {
        Response first = store.audits.responses(audit.id()).get(0);
        store.profiles.createAndUse("Brand reviewer", Role.REVIEWER);

        assertThat(store.audits.find(audit.id())).isPresent();
        assertDenied(Permission.EDIT_AUDITS, () -> store.audits.saveResponse(first));
        assertDenied(Permission.EDIT_AUDITS, () -> store.audits.save(audit));
    }

    @Test
    void nobodySignedInDoesNothing() {
        try (Database database = Database.openH2(dir.resolve("other"))) {
            JdbcSupplierService suppliers = new JdbcSupplierService(database, new JdbcProfileService(database));
            assertDenied(Permission.READ_SUPPLIERS, () -> suppliers.search(""));
            assertDenied(Permission.EDIT_SUPPLIERS, () -> suppliers.save(Supplier.draft("Site", "MY")));
        }
    }

    private static void assertDenied(Permission permission, Executable call) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(AccessDeniedException.class,
                denied -> assertThat(denied.permission()).isEqualTo(permission));
    }
}
