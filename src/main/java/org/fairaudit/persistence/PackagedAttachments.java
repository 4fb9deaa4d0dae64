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
import java.util.Set;
import java.util.UUID;
import org.fairaudit.domain.Attachment;
import org.fairaudit.exchange.PackageFormat;
import org.fairaudit.exchange.PackageWriter;
import org.fairaudit.exchange.VerifiedPackage;

/** Attachments of any record in the package; their bytes travel once per SHA-256, as they are stored. */
final class PackagedAttachments extends PackagedType<Attachment> {
    /** Media types whose bytes are compressed already; anything else is deflated. */
    private static final Set<String> COMPRESSED_TYPES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp",
            "image/heic", "application/pdf", "application/zip");

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
        for (List<String> chunk : Tx.chunks(List.copyOf(files.keySet()))) {
            tx.scan("SELECT sha256, content FROM attachment_content WHERE sha256 IN (" + Tx.placeholders(chunk.size())
                    + ")", row -> {
                        String sha256 = row.string("sha256");
                        String entry = PackageFormat.attachmentEntry(sha256);
                        try (InputStream content = row.binaryStream("content")) {
                            if (compressedAlready(files.get(sha256).mediaType())) {
                                writer.addCompressed(entry, content::transferTo);
                            } else {
                                writer.add(entry, content::transferTo);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        return true;
                    }, chunk.toArray());
        }
        return files.size();
    }

    private static boolean compressedAlready(String mediaType) {
        return COMPRESSED_TYPES.contains(mediaType) || mediaType.startsWith("video/") || mediaType.startsWith("audio/")
                || mediaType.startsWith("application/vnd.openxmlformats-officedocument.");
    }

    @Override
    Optional<String> missingFile(List<Attachment> attachments, VerifiedPackage source) {
        return attachments.stream().map(a -> PackageFormat.attachmentEntry(a.sha256()))
                .filter(entry -> !source.has(entry)).findFirst();
    }

    @Override
    void readFiles(Tx tx, List<Attachment> attachments, VerifiedPackage source) throws SQLException {
        Map<String, Attachment> files = bySha(attachments);
        for (List<String> chunk : Tx.chunks(List.copyOf(files.keySet()))) {
            tx.scan("SELECT sha256 FROM attachment_content WHERE sha256 IN (" + Tx.placeholders(chunk.size()) + ")",
                    row -> {
                        files.remove(row.string("sha256")); // stored once, whoever brought it
                        return true;
                    }, chunk.toArray());
        }
        for (Attachment a : files.values()) {
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
