package org.fairaudit.exchange;

import java.util.regex.Pattern;

/** The layout of a {@code .fapkg} exchange package (DESIGN.md §7, docs/decisions/0013). */
public final class PackageFormat {
    /** Raised when the layout or the meaning of a field changes; readers refuse versions they do not know. */
    public static final int FORMAT_VERSION = 1;
    public static final String FILE_SUFFIX = ".fapkg";
    public static final String MANIFEST = "manifest.json";
    /** The detached Ed25519 signature of the manifest's bytes. */
    public static final String SIGNATURE = "manifest.sig";
    private static final String RECORDS = "records/";
    private static final String ATTACHMENTS = "attachments/";

    /** Every name a package may hold: a whitelist, so that {@code ../x}, {@code /etc/x} or {@code C:x} never pass. */
    private static final Pattern ALLOWED_NAME = Pattern.compile(
            "manifest\\.json|manifest\\.sig|records/[a-z_]{1,50}\\.json|attachments/[0-9a-f]{64}");

    private PackageFormat() {
    }

    public static String recordsEntry(String entityType) {
        return RECORDS + entityType + ".json";
    }

    /** Attachments are stored once, named by the SHA-256 of their bytes. */
    public static String attachmentEntry(String sha256) {
        return ATTACHMENTS + sha256;
    }

    static boolean isAllowedName(String name) {
        return ALLOWED_NAME.matcher(name).matches();
    }

    /** The hash an attachment entry is named by, or {@code null} for other entries. */
    static String attachmentHash(String name) {
        return name.startsWith(ATTACHMENTS) ? name.substring(ATTACHMENTS.length()) : null;
    }
}
