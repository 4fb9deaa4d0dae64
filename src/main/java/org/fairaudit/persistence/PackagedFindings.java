package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.fairaudit.domain.Finding;

/** Findings; worker pseudonyms are confidential. */
final class PackagedFindings extends PackagedType<Finding> {
    PackagedFindings() {
        super(FindingTable.INSTANCE, Finding.class);
    }

    @Override
    List<UUID> ids(Tx tx, ExportScope scope, Collection<UUID> reached) throws SQLException {
        return idsWhere(tx, name(), scope, "id", scope.findings());
    }

    @Override
    Finding withoutConfidential(Finding f) {
        return withPseudonyms(f, "");
    }

    @Override
    Finding withConfidentialOf(Finding incoming, Finding local) {
        return withPseudonyms(incoming, local.workerPseudonyms());
    }

    private static Finding withPseudonyms(Finding f, String pseudonyms) {
        return new Finding(f.id(), f.supplierId(), f.auditId(), f.requirements(), f.severity(), f.description(),
                f.evidence(), f.workersAffected(), f.scope(), f.indicators(), f.rootCause(), f.status(),
                f.raisedOn(), pseudonyms, f.version());
    }
}
