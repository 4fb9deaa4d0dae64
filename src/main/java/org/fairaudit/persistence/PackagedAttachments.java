package org.fairaudit.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.Attachment;
import org.fairaudit.exchange.PackageFormat;
import org.fairaudit.exchange.PackageWriter;
import org.fairaudit.exchange.VerifiedPackage;

/** Attachments of any record in the package; their bytes travel once per SHA-256, as they are stored. */
final class PackagedAttachments extends PackagedType<Attachment> {
    PackagedAttachments() {
        super(AttachmentTable.INSTANCE, Attachment.class);
    }

    @Override
    List<UUID> ids(Tx tx, ExportScope scope, Collection<UUID> reached) throws SQLException {
        return idsWhere(tx, name(), scope, "owner_id", reached.toArray(UUID[]::new));
    }

    @Override
    int writeFiles(Tx tx, List<Attachment> attachments, PackageWriter writer) throws SQLException {
        Map<String, Attachment> files = bySha(attachments);
        for (String sha256 : files.keySet()) {
            tx.scan("SELECT content FROM attachment_content WHERE sha256 = ?", row -> {
                try (InputStream content = row.binaryStream("content")) {
                    writer.add(PackageFormat.attachmentEntry(sha256), content::transferTo);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return false;
            }, sha256);
        }
        return files.size();
    }

    @Override
    Optional<String> missingFile(List<Attachment> attachments, VerifiedPackage source) {
        return attachments.stream().map(a -> PackageFormat.attachmentEntry(a.sha256()))
                .filter(entry -> !source.has(entry)).findFirst();
    }

    @Override
    void readFiles(Tx tx, List<Attachment> attachments, VerifiedPackage source) throws SQLException {
        for (Attachment a : bySha(attachments).values()) {
            if (tx.count("SELECT COUNT(*) AS n FROM attachment_content WHERE sha256 = ?", a.sha256()) > 0) {
                continue; // stored once, whoever brought it
            }
            try (InputStream content = source.open(PackageFormat.attachmentEntry(a.sha256()))) {
                tx.update("INSERT INTO attachment_content (sha256, size_bytes, content, created_at)"
                        + " VALUES (?, ?, ?, ?)", a.sha256(), a.size(), content, tx.now());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Map<String, Attachment> bySha(List<Attachment> attachments) {
        Map<String, Attachment> bySha = new LinkedHashMap<>();
        attachments.forEach(a -> bySha.putIfAbsent(a.sha256(), a));
        return bySha;
    }
}
