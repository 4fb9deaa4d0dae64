package org.fairaudit.domain;

/** What a profile may do; {@link AccessPolicy} says which role holds which permission. */
public enum Permission {
    READ_SUPPLIERS,
    EDIT_SUPPLIERS,
    READ_AUDITS,
    EDIT_AUDITS,
    READ_FINDINGS,
    EDIT_FINDINGS,
    /** File monitor reports and read or edit one's own. */
    FILE_MONITOR_REPORTS,
    /** Read every monitor report, not only one's own. */
    READ_ALL_MONITOR_REPORTS,
    /** Accept or return submitted audits. */
    REVIEW_AUDITS,
    /** Move monitor reports through review and link them to findings. */
    REVIEW_MONITOR_REPORTS,
    /** Record how a corrective action was verified and close its finding. */
    VERIFY_ACTIONS,
    READ_FEES,
    EDIT_FEES,
    EXPORT_AUDIT_REPORTS,
    EXPORT_PORTFOLIO,
    IMPORT_CAP_SHEETS,
    IMPORT_CODES,
    EXPORT_PACKAGES,
    IMPORT_PACKAGES,
    RESOLVE_CONFLICTS,
    READ_HISTORY,
    CREATE_DEMO_DATA,
    /** Create profiles, change their roles, reset their passwords. */
    MANAGE_PROFILES,
    /** Back up, restore, set or change the database passphrase: every user protects their own laptop. */
    PROTECT_DATABASE
}
