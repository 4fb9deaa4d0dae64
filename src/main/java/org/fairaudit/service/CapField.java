package org.fairaudit.service;

import org.fairaudit.i18n.Messages;

/**
 * The cells of a Findings &amp; CAP row that a supplier or reviewer may change and FairAudit imports back.
 *
 * <p>{@code maxLength} is the longest text accepted (the database column's size where it has one); 0 for non-text fields
 */
public enum CapField {
    FINDING_STATUS("excel.findings.status", 0),
    ACTION("excel.findings.action", 4000),
    OWNER("excel.findings.owner", 300),
    DUE_DATE("excel.findings.dueDate", 0),
    ACTION_STATUS("excel.findings.actionStatus", 0),
    VERIFICATION_METHOD("excel.findings.verificationMethod", 1000),
    VERIFIED_ON("excel.findings.verifiedOn", 0),
    VERIFIER("excel.findings.verifier", 300);

    private final String headerKey;
    private final int maxLength;

    CapField(String headerKey, int maxLength) {
        this.headerKey = headerKey;
        this.maxLength = maxLength;
    }

    /** The column header of the field in the sheet, also its label in the preview. */
    public String label() {
        return Messages.get(headerKey);
    }

    public int maxLength() {
        return maxLength;
    }

    /** Changing these records a verification, which only a role that verifies actions may do. */
    public boolean isVerification() {
        return this == VERIFICATION_METHOD || this == VERIFIED_ON || this == VERIFIER;
    }
}
