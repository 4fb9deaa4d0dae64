package org.fairaudit.domain;

import static org.fairaudit.domain.Permission.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what: the one table of permissions by role (DESIGN.md §8). Services check it before every use case;
 * the UI asks it only to hide what a role may not do.
 */
public final class AccessPolicy {
    private static final Map<Role, Set<Permission>> TABLE = new EnumMap<>(Role.class);

    static {
        TABLE.put(Role.AUDITOR, EnumSet.of(READ_SUPPLIERS, EDIT_SUPPLIERS, READ_AUDITS, EDIT_AUDITS, READ_FINDINGS,
                EDIT_FINDINGS, READ_FEES, EDIT_FEES, EXPORT_AUDIT_REPORTS, IMPORT_CAP_SHEETS, EXPORT_PACKAGES,
                IMPORT_PACKAGES, READ_HISTORY, CREATE_DEMO_DATA, PROTECT_DATABASE));
        // A monitor files reports about a supplier outside any audit and must not read others' audits.
        TABLE.put(Role.MONITOR, EnumSet.of(READ_SUPPLIERS, EDIT_SUPPLIERS, FILE_MONITOR_REPORTS, EXPORT_PACKAGES,
                CREATE_DEMO_DATA, PROTECT_DATABASE));
        TABLE.put(Role.REVIEWER, EnumSet.of(READ_SUPPLIERS, EDIT_SUPPLIERS, READ_AUDITS, READ_FINDINGS,
                EDIT_FINDINGS, READ_ALL_MONITOR_REPORTS, REVIEW_AUDITS, REVIEW_MONITOR_REPORTS, VERIFY_ACTIONS,
                READ_FEES, EDIT_FEES, EXPORT_AUDIT_REPORTS, EXPORT_PORTFOLIO, IMPORT_CAP_SHEETS, IMPORT_CODES,
                EXPORT_PACKAGES, IMPORT_PACKAGES, RESOLVE_CONFLICTS, READ_HISTORY, CREATE_DEMO_DATA,
                PROTECT_DATABASE));
        TABLE.put(Role.ADMINISTRATOR, EnumSet.allOf(Permission.class));
    }

    private AccessPolicy() {
    }

    public static boolean allows(Role role, Permission permission) {
        return role != null && TABLE.get(role).contains(permission);
    }

    public static Set<Permission> permissionsOf(Role role) {
        return Set.copyOf(TABLE.get(role));
    }
}
