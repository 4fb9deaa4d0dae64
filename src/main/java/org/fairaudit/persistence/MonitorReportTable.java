package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.MonitorReport;
import org.fairaudit.domain.MonitorReportStatus;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.service.MonitorReportRow;

/**
 * Monitor reports with the requirements and forced-labour indicators they concern (child rows). Conditions are SQL
 * over the report table named {@code m}; children are read in one query per list, whatever the row count.
 */
final class MonitorReportTable implements RecordTable<MonitorReport> {
    static final MonitorReportTable INSTANCE = new MonitorReportTable();

    static final String NEWEST_FIRST = "ORDER BY m.filed_on DESC, m.created_at DESC, m.id";

    @Override
    public String table() {
        return "monitor_report";
    }

    @Override
    public UUID id(MonitorReport report) {
        return report.id();
    }

    @Override
    public long version(MonitorReport report) {
        return report.version();
    }

    @Override
    public MonitorReport withVersion(MonitorReport r, long version) {
        return new MonitorReport(r.id(), r.supplierId(), r.filingOrganisation(), r.filedOn(), r.allegation(),
                r.evidence(), r.workersAffected(), r.requirements(), r.indicators(), r.reporterIdentity(),
                r.workerPseudonyms(), r.confidential(), r.status(), r.filedBy(), version);
    }

    @Override
    public Map<String, Object> columns(MonitorReport r) {
        return Columns.of("supplier_id", r.supplierId(), "filing_organisation", r.filingOrganisation(),
                "filed_on", r.filedOn(), "allegation", r.allegation(), "evidence", r.evidence(),
                "workers_affected", r.workersAffected(), "reporter_identity", r.reporterIdentity(),
                "worker_pseudonyms", r.workerPseudonyms(), "confidential", r.confidential(), "status", r.status(),
                "filed_by", r.filedBy());
    }

    @Override
    public Optional<MonitorReport> find(Tx tx, UUID id) throws SQLException {
        return where(tx, "m.id = ?", id).stream().findFirst();
    }

    @Override
    public void writeChildren(Tx tx, MonitorReport report, boolean inserted) throws SQLException {
        if (!inserted) {
            tx.update("DELETE FROM monitor_report_requirement WHERE report_id = ?", report.id());
            tx.update("DELETE FROM monitor_report_indicator WHERE report_id = ?", report.id());
        }
        List<Object[]> requirements = new ArrayList<>();
        for (int i = 0; i < report.requirements().size(); i++) {
            RequirementKey key = report.requirements().get(i);
            requirements.add(new Object[] {report.id(), i, key.codeId(), key.ref()});
        }
        tx.insertRows("INSERT INTO monitor_report_requirement (report_id, position, code_id, requirement_ref)"
                + " VALUES (?, ?, ?, ?)", requirements);
        List<Object[]> indicators = new ArrayList<>();
        report.indicators().forEach(indicator -> indicators.add(new Object[] {report.id(), indicator.id()}));
        tx.insertRows("INSERT INTO monitor_report_indicator (report_id, indicator) VALUES (?, ?)", indicators);
    }

    /** Reports matching {@code condition} (SQL over {@code m}), newest first. */
    List<MonitorReport> where(Tx tx, String condition, Object... params) throws SQLException {
        List<MonitorReport> reports = tx.list("SELECT m.* FROM monitor_report m WHERE " + condition + " "
                + NEWEST_FIRST, MonitorReportTable::report, params);
        return withChildren(tx, reports, condition, params);
    }

    /** Reports matching {@code condition} with their supplier's name, newest first. */
    List<MonitorReportRow> rows(Tx tx, String condition, Object... params) throws SQLException {
        Map<UUID, String> supplierNames = new HashMap<>();
        tx.scan("SELECT m.id, s.name FROM monitor_report m JOIN supplier s ON s.id = m.supplier_id WHERE " + condition,
                row -> {
                    supplierNames.put(row.uuid("id"), row.string("name"));
                    return true;
                }, params);
        return where(tx, condition, params).stream()
                .map(report -> new MonitorReportRow(report, supplierNames.get(report.id()))).toList();
    }

    /** The report in the current row of a query over {@code monitor_report m}, without its child rows. */
    static MonitorReport report(Row row) throws SQLException {
        return new MonitorReport(row.uuid("id"), row.uuid("supplier_id"), row.string("filing_organisation"),
                row.date("filed_on"), row.string("allegation"), row.string("evidence"),
                row.integerOrNull("workers_affected"), List.of(), Set.of(), row.string("reporter_identity"),
                row.string("worker_pseudonyms"), row.bool("confidential"),
                row.enumValue(MonitorReportStatus.class, "status"), row.uuid("filed_by"), row.longValue("version"));
    }

    /** Adds requirements and indicators to reports read with the same {@code condition}. */
    static List<MonitorReport> withChildren(Tx tx, List<MonitorReport> reports, String condition, Object... params)
            throws SQLException {
        if (reports.isEmpty()) {
            return reports;
        }
        String ofMatching = " JOIN monitor_report m ON m.id = c.report_id WHERE " + condition;
        Map<UUID, List<RequirementKey>> requirements = new HashMap<>();
        tx.scan("SELECT c.report_id, c.code_id, c.requirement_ref FROM monitor_report_requirement c" + ofMatching
                + " ORDER BY c.report_id, c.position", row -> {
                    requirements.computeIfAbsent(row.uuid("report_id"), id -> new ArrayList<>())
                            .add(new RequirementKey(row.string("code_id"), row.string("requirement_ref")));
                    return true;
                }, params);
        Map<UUID, Set<ForcedLabourIndicator>> indicators = new HashMap<>();
        tx.scan("SELECT c.report_id, c.indicator FROM monitor_report_indicator c" + ofMatching, row -> {
            indicators.computeIfAbsent(row.uuid("report_id"), id -> EnumSet.noneOf(ForcedLabourIndicator.class))
                    .add(ForcedLabourIndicator.fromId(row.string("indicator")));
            return true;
        }, params);
        List<MonitorReport> complete = new ArrayList<>(reports.size());
        for (MonitorReport r : reports) {
            complete.add(new MonitorReport(r.id(), r.supplierId(), r.filingOrganisation(), r.filedOn(),
                    r.allegation(), r.evidence(), r.workersAffected(), requirements.getOrDefault(r.id(), List.of()),
                    indicators.getOrDefault(r.id(), Set.of()), r.reporterIdentity(), r.workerPseudonyms(),
                    r.confidential(), r.status(), r.filedBy(), r.version()));
        }
        return complete;
    }
}
