package org.fairaudit.service;

import org.fairaudit.domain.Finding;

/** A row of the findings list: the finding, its supplier's name and its actions' state. */
public record FindingRow(Finding finding, String supplierName, int openActions, int overdueActions) {
}
