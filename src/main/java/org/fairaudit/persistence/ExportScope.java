package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fairaudit.service.PackageSelection;

/**
 * The records a selection reaches, resolved once: suppliers named with their whole history, audits named with
 * their supplier, responses, findings and actions. Arrays, for {@code = ANY(?)}.
 */
record ExportScope(boolean everything, UUID[] suppliers, UUID[] audits, UUID[] findings) {

    static ExportScope resolve(Tx tx, PackageSelection selection) throws SQLException {
        if (selection.everything()) {
            return new ExportScope(true, new UUID[0], new UUID[0], new UUID[0]);
        }
        UUID[] wholeSuppliers = selection.suppliers().toArray(UUID[]::new);
        Set<UUID> audits = new HashSet<>(selection.audits());
        audits.addAll(ids(tx, "SELECT id FROM audit WHERE supplier_id = ANY(?)", wholeSuppliers));
        Set<UUID> suppliers = new HashSet<>(selection.suppliers());
        suppliers.addAll(ids(tx, "SELECT supplier_id AS id FROM audit WHERE id = ANY(?)",
                selection.audits().toArray(UUID[]::new)));
        UUID[] auditIds = audits.toArray(UUID[]::new);
        List<UUID> findings = tx.list("SELECT id FROM finding WHERE supplier_id = ANY(?) OR audit_id = ANY(?)",
                row -> row.uuid("id"), wholeSuppliers, auditIds);
        return new ExportScope(false, suppliers.toArray(UUID[]::new), auditIds, findings.toArray(UUID[]::new));
    }

    private static List<UUID> ids(Tx tx, String sql, UUID[] param) throws SQLException {
        return tx.list(sql, row -> row.uuid("id"), (Object) param);
    }
}
