package org.fairaudit.ui.audit;

import java.time.Clock;
import java.util.function.Supplier;
import org.fairaudit.service.AuditService;
import org.fairaudit.service.FindingService;
import org.fairaudit.service.ReportService;
import org.fairaudit.service.SupplierService;
import org.fairaudit.ui.common.Debouncer;
import org.fairaudit.ui.common.UiExecutor;
import org.fairaudit.ui.exchange.PackageExports;

/** What a checklist editor needs, gathered once by {@link AuditsScreen}. */
record ChecklistDependencies(
        AuditService audits,
        SupplierService suppliers,
        FindingService findings,
        ReviewHistory reviewHistory,
        ReportService reports,
        UiExecutor executor,
        Clock clock,
        FilePicker files,
        PackageExports packages,
        Supplier<Debouncer> debounces) {
}
