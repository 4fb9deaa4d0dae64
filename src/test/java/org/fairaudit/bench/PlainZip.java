package org.fairaudit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The floor under packaging on this machine: a package's entries zipped from memory into a file, each the way the
 * package stores it (deflated at the default level, or stored), and the package unzipped with nothing done with its
 * bytes. Fastest of three runs each.
 */
record PlainZip(long zipNanos, long unzipNanos) {
    private static final int RUNS = 3;

    static PlainZip of(Path pkg) throws IOException {
        Map<ZipEntry, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(pkg.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry, in.readAllBytes());
                }
            }
        }
        Path copy = pkg.resolveSibling("plain-" + pkg.getFileName());
        long zipNanos = Long.MAX_VALUE;
        long unzipNanos = Long.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            zip(entries, copy);
            zipNanos = Math.min(zipNanos, System.nanoTime() - start);
            start = System.nanoTime();
            unzip(pkg);
            unzipNanos = Math.min(unzipNanos, System.nanoTime() - start);
        }
        Files.delete(copy);
        return new PlainZip(zipNanos, unzipNanos);
    }

    private static void zip(Map<ZipEntry, byte[]> entries, Path out) throws IOException {
        try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<ZipEntry, byte[]> entry : entries.entrySet()) {
                ZipEntry copied = new ZipEntry(entry.getKey().getName());
                if (entry.getKey().getMethod() == ZipEntry.STORED) {
                    copied.setMethod(ZipEntry.STORED);
                    copied.setSize(entry.getKey().getSize());
                    copied.setCrc(entry.getKey().getCrc());
                }
                zip.putNextEntry(copied);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
    }

    private static void unzip(Path pkg) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(pkg.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    while (in.read(buffer) > 0) {
                        // read and drop: only the unzipping is measured
                    }
                }
            }
        }
    }
}
