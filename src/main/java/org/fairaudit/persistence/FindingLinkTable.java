package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The monitor report a finding is linked to: one column of the finding row, written apart from the finding's other
 * fields (which never touch it), as a versioned update of the finding with its own change-log entry.
 */
final class FindingLinkTable implements RecordTable<FindingLinkTable.Link> {
    static final FindingLinkTable INSTANCE = new FindingLinkTable();

    /** @param findingVersion the finding's stored version, for the optimistic check of the update */
    record Link(UUID findingId, UUID monitorReportId, long findingVersion) {
    }

    private static final RowMapper<Link> MAPPER =
            row -> new Link(row.uuid("id"), row.uuid("monitor_report_id"), row.longValue("version"));

    @Override
    public String table() {
        return "finding";
    }

    /** Logged apart from the finding's own entries, so that each entry's JSON has one shape per entity type. */
    @Override
    public String entityType() {
        return "finding-link";
    }

    @Override
    public UUID id(Link link) {
        return link.findingId();
    }

    @Override
    public long version(Link link) {
        return link.findingVersion();
    }

    @Override
    public Link withVersion(Link link, long version) {
        return new Link(link.findingId(), link.monitorReportId(), version);
    }

    @Override
    public Map<String, Object> columns(Link link) {
        return Columns.of("monitor_report_id", link.monitorReportId());
    }

    @Override
    public Optional<Link> find(Tx tx, UUID findingId) throws SQLException {
        return tx.one("SELECT id, monitor_report_id, version FROM finding WHERE id = ?", MAPPER, findingId);
    }
}
