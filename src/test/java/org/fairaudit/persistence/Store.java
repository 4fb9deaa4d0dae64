package org.fairaudit.persistence;

import java.nio.file.Path;
import java.util.List;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.domain.Role;

/** Every persistence service on one H2 file database, wired as the composition root does. */
final class Store implements AutoCloseable {
    final Database database;
    final JdbcProfileService profiles;
    final JdbcCodeService codes;
    final JdbcSupplierService suppliers;
    final JdbcAuditService audits;
    final JdbcFindingService findings;
    final JdbcDashboardService dashboard;

    Store(Path file, List<CodeOfConduct> templates) {
        database = Database.openH2(file);
        profiles = new JdbcProfileService(database);
        if (profiles.current().isEmpty()) {
            profiles.createAndUse("Field auditor", Role.AUDITOR);
        }
        codes = new JdbcCodeService(database, templates, Crosswalk.EMPTY, List.of(), profiles);
        suppliers = new JdbcSupplierService(database, profiles);
        audits = new JdbcAuditService(database, profiles, codes);
        findings = new JdbcFindingService(database, profiles);
        dashboard = new JdbcDashboardService(database, profiles, codes);
    }

    static Store open(Path dir) {
        return new Store(dir.resolve("fairaudit"), TestCodes.ALL);
    }

    @Override
    public void close() {
        database.close();
    }
}
