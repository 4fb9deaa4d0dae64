package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.Attachment;

/** Attachment metadata; written once (the record has no version of its own). Bytes live in attachment_content. */
final class AttachmentTable implements RecordTable<Attachment> {
    static final AttachmentTable INSTANCE = new AttachmentTable();

    private static final RowMapper<Attachment> MAPPER = row -> new Attachment(row.uuid("id"), row.uuid("owner_id"),
            row.string("file_name"), row.string("media_type"), row.longValue("size_bytes"), row.string("sha256"),
            row.instant("added_at"));

    @Override
    public String table() {
        return "attachment";
    }

    @Override
    public UUID id(Attachment attachment) {
        return attachment.id();
    }

    @Override
    public long version(Attachment attachment) {
        return 0;
    }

    @Override
    public Attachment withVersion(Attachment attachment, long version) {
        return attachment;
    }

    @Override
    public Map<String, Object> columns(Attachment a) {
        return Columns.of("owner_id", a.ownerId(), "file_name", a.fileName(), "media_type", a.mediaType(),
                "size_bytes", a.size(), "sha256", a.sha256(), "added_at", a.addedAt());
    }

    @Override
    public Optional<Attachment> find(Tx tx, UUID id) throws SQLException {
        return tx.one("SELECT * FROM attachment WHERE id = ?", MAPPER, id);
    }

    @Override
    public Map<UUID, Attachment> findAll(Tx tx, List<UUID> ids) throws SQLException {
        return RecordTable.findAllRows(tx, table(), ids, MAPPER);
    }

    List<Attachment> ofOwner(Tx tx, UUID ownerId) throws SQLException {
        return tx.list("SELECT * FROM attachment WHERE owner_id = ? ORDER BY added_at, id", MAPPER, ownerId);
    }
}
