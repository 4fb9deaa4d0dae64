package org.fairaudit.ui.audit;

import org.fairaudit.domain.Attachment;
import org.fairaudit.i18n.Messages;

/** An attachment as listed under a requirement: name, readable size, and the start of its SHA-256. */
record AttachmentRow(String fileName, String size, String shortSha) {
    private static final int SHORT_SHA_LENGTH = 12;

    static AttachmentRow of(Attachment attachment) {
        String sha = attachment.sha256() == null ? "" : attachment.sha256();
        return new AttachmentRow(attachment.fileName(), readableSize(attachment.size()),
                sha.substring(0, Math.min(SHORT_SHA_LENGTH, sha.length())));
    }

    static String readableSize(long bytes) {
        if (bytes < 1024) {
            return Messages.get("audit.attachment.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return Messages.get("audit.attachment.kilobytes", bytes / 1024.0);
        }
        return Messages.get("audit.attachment.megabytes", bytes / (1024.0 * 1024.0));
    }
}
