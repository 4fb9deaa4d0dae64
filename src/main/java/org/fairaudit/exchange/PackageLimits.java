package org.fairaudit.exchange;

/**
 * Bounds a package must stay within before anything of it is trusted: they stop zip bombs and files made to
 * exhaust the disk. {@link #STANDARD} fits years of one supplier's audits with photos.
 *
 * @param maxEntries      files in the zip
 * @param maxEntryBytes   inflated size of one file
 * @param maxTotalBytes   inflated size of all files together
 * @param maxInflateRatio inflated over compressed size of one file (checked once a file passes 1 MiB)
 */
public record PackageLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxInflateRatio) {
    public static final PackageLimits STANDARD =
            new PackageLimits(20_000, 512L << 20, 4L << 30, 100);

    /** Below this size a high ratio is harmless (a page of repeated JSON compresses well). */
    static final long RATIO_FREE_BYTES = 1L << 20;
}
