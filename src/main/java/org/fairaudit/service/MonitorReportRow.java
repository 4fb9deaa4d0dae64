package org.fairaudit.service;

import org.fairaudit.domain.MonitorReport;

/** A row of the monitor reports list: the report and its supplier's name. */
public record MonitorReportRow(MonitorReport report, String supplierName) {
}
