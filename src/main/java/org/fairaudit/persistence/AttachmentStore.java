package org.fairaudit.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.fairaudit.domain.Attachment;
import org.fairaudit.i18n.Messages;

/** Files copied into the database as given (no recompression); equal bytes are stored once, by SHA-256. */
final class AttachmentStore {
    private static final String FALLBACK_MEDIA_TYPE = "application/octet-stream";

    private final Jdbc jdbc;

    AttachmentStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A rule the owner must meet, checked in the transaction that stores the attachment; it refuses by throwing. */
    @FunctionalInterface
    interface OwnerCheck {
        void require(Tx tx) throws SQLException;
    }

    Attachment add(UUID ownerId, Path file, OwnerCheck ownerCheck) {
        String fileName = file.getFileName().toString();
        try {
            // first pass: the hash decides whether the bytes are stored already
            String sha256 = sha256(file);
            long size = Files.size(file);
            Attachment attachment = new Attachment(UUID.randomUUID(), ownerId, fileName, mediaType(file), size,
                    sha256, null);
            return jdbc.write(tx -> {
                ownerCheck.require(tx);
                if (tx.count("SELECT COUNT(*) AS n FROM attachment_content WHERE sha256 = ?", sha256) == 0) {
                    storeContent(tx, file, sha256, size);
                }
                return tx.save(AttachmentTable.INSTANCE, withAddedAt(attachment, tx));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("db.attachmentUnreadable", fileName), e);
        }
    }

    /** Streams the file into the database and checks it still has the hash computed before. */
    private static void storeContent(Tx tx, Path file, String sha256, long size) throws SQLException {
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            tx.update("INSERT INTO attachment_content (sha256, size_bytes, content, created_at) VALUES (?, ?, ?, ?)",
                    sha256, size, in, tx.now());
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("db.attachmentUnreadable", file.getFileName()), e);
        }
        if (!Sha256.hex(digest).equals(sha256)) {
            throw new UncheckedIOException(Messages.get("db.attachmentUnreadable", file.getFileName()),
                    new IOException("File changed while it was being stored"));
        }
    }

    List<Attachment> ofOwner(UUID ownerId) {
        return jdbc.read(tx -> AttachmentTable.INSTANCE.ofOwner(tx, ownerId));
    }

    byte[] bytes(UUID attachmentId) {
        return jdbc.read(tx -> tx.one("SELECT c.content FROM attachment a"
                        + " JOIN attachment_content c ON c.sha256 = a.sha256 WHERE a.id = ?",
                row -> row.bytes("content"), attachmentId))
                .orElseThrow(() -> new NoSuchElementException("No attachment " + attachmentId));
    }

    private static Attachment withAddedAt(Attachment a, Tx tx) {
        return new Attachment(a.id(), a.ownerId(), a.fileName(), a.mediaType(), a.size(), a.sha256(), tx.now());
    }

    static String mediaType(Path file) throws IOException {
        String probed = Files.probeContentType(file);
        if (probed == null) {
            probed = URLConnection.guessContentTypeFromName(file.getFileName().toString());
        }
        return probed == null ? FALLBACK_MEDIA_TYPE : probed;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return Sha256.hex(digest);
    }
}
