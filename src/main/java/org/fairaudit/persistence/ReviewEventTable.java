package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.MonitorReportStatus;
import org.fairaudit.domain.ReviewEvent;

/** Review history rows, written once (append-only); the same layout for audits and monitor reports. */
final class ReviewEventTable<S extends Enum<S>> implements RecordTable<ReviewEvent<S>> {
    static final ReviewEventTable<AuditStatus> AUDITS =
            new ReviewEventTable<>("audit_review_event", "audit_id", AuditStatus.class);
    static final ReviewEventTable<MonitorReportStatus> MONITOR_REPORTS =
            new ReviewEventTable<>("monitor_report_event", "report_id", MonitorReportStatus.class);

    private final String table;
    private final String subjectColumn;
    private final RowMapper<ReviewEvent<S>> mapper;

    private ReviewEventTable(String table, String subjectColumn, Class<S> statusType) {
        this.table = table;
        this.subjectColumn = subjectColumn;
        this.mapper = row -> new ReviewEvent<>(row.uuid("id"), row.uuid(subjectColumn),
                row.enumValue(statusType, "from_status"), row.enumValue(statusType, "to_status"),
                row.string("review_comment"), row.uuid("reviewer_id"), row.string("reviewer_name"),
                row.instant("created_at"));
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public UUID id(ReviewEvent<S> event) {
        return event.id();
    }

    @Override
    public long version(ReviewEvent<S> event) {
        return 0;
    }

    @Override
    public ReviewEvent<S> withVersion(ReviewEvent<S> event, long version) {
        return event;
    }

    @Override
    public Map<String, Object> columns(ReviewEvent<S> e) {
        return Columns.of(subjectColumn, e.subjectId(), "from_status", e.from(), "to_status", e.to(),
                "review_comment", e.comment(), "reviewer_id", e.reviewerId(), "reviewer_name", e.reviewerName());
    }

    @Override
    public Optional<ReviewEvent<S>> find(Tx tx, UUID id) throws SQLException {
        return tx.one("SELECT * FROM " + table + " WHERE id = ?", mapper, id);
    }

    /** Oldest first. */
    List<ReviewEvent<S>> of(Tx tx, UUID subjectId) throws SQLException {
        return tx.list("SELECT * FROM " + table + " WHERE " + subjectColumn + " = ? ORDER BY created_at, id", mapper,
                subjectId);
    }
}
