package org.fairaudit.persistence;

import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/** The bookkeeping columns every domain record carries: version, when it was made and changed, and by whom. */
record RecordStamp(long version, Instant createdAt, Instant updatedAt, UUID updatedBy) {
    static RecordStamp of(Row row) throws SQLException {
        return new RecordStamp(row.longValue("version"), row.instant("created_at"), row.instant("updated_at"),
                row.uuid("updated_by"));
    }
}
