package org.fairaudit.service;

import org.fairaudit.domain.Audit;

/** A row of the audit list: the audit, its supplier's name and checklist progress. */
public record AuditSummary(Audit audit, String supplierName, int assessed, int applicable) {
}
