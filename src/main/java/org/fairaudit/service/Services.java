package org.fairaudit.service;

/**
 * The use cases the application offers, built once by the composition root and handed to the UI and CLI,
 * which pass each screen only the services it needs.
 */
public record Services(
        ProfileService profiles,
        ProfileAccounts accounts,
        CodeService codes,
        SupplierService suppliers,
        FeeService fees,
        AuditService audits,
        FindingService findings,
        DashboardService dashboard,
        ReportService reports,
        PortfolioService portfolio,
        DemoDataService demoData,
        MonitorReportService monitorReports,
        ReviewService review,
        HistoryService history,
        DatabaseProtectionService protection,
        CapImportService capImport,
        CodeImportService codeImport,
        ExchangeService exchange) {
}
