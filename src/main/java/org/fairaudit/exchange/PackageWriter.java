package org.fairaudit.exchange;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a package: entries first (each hashed as it streams), then the manifest listing them and its signature.
 * The zip is built in a temporary file beside the target and moved into place only when complete.
 */
public final class PackageWriter implements AutoCloseable {
    /** The deflater hands over 512 bytes at a time: without a buffer each would be a system call. */
    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path target;
    private final Path temp;
    private final ZipOutputStream zip;
    private final InstallationKey key;
    private final List<Manifest.Entry> entries = new ArrayList<>();
    private boolean finished;

    /** Writes one entry's bytes to the stream given; the stream must not be closed. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public PackageWriter(Path target, InstallationKey key) throws IOException {
        this.target = target.toAbsolutePath();
        this.key = key;
        this.temp = Files.createTempFile(this.target.getParent(), "package", ".part");
        this.zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), BUFFER_BYTES));
    }

    /** Adds an entry deflated at the fastest level: JSON shrinks well at any level, the others only cost time. */
    public void add(String name, Content content) throws IOException {
        add(name, Deflater.BEST_SPEED, content);
    }

    /** Adds an entry whose bytes are compressed already (a photo, a PDF): deflating them again gains nothing. */
    public void addCompressed(String name, Content content) throws IOException {
        add(name, Deflater.NO_COMPRESSION, content);
    }

    private void add(String name, int level, Content content) throws IOException {
        if (!PackageFormat.isAllowedName(name)) {
            throw new IllegalArgumentException("Not a package entry name: " + name);
        }
        MessageDigest digest = RecordJson.sha256();
        zip.setLevel(level);
        zip.putNextEntry(new ZipEntry(name));
        CountingStream counting = new CountingStream(new DigestOutputStream(zip, digest));
        content.writeTo(counting);
        counting.flush();
        zip.closeEntry();
        entries.add(new Manifest.Entry(name, counting.count, HexFormat.of().formatHex(digest.digest())));
    }

    /** Lists every entry in the manifest, signs it with the installation key and moves the package into place. */
    public Manifest finish(UUID packageId, UUID installationId, Manifest.Author author, Instant createdAt,
                           UUID recipient, boolean includesConfidential) throws IOException {
        Manifest manifest = new Manifest(PackageFormat.FORMAT_VERSION, packageId, installationId,
                key.publicKeyText(), author, createdAt, recipient, includesConfidential, entries);
        byte[] manifestBytes = RecordJson.bytes(manifest);
        writeRaw(PackageFormat.MANIFEST, manifestBytes);
        writeRaw(PackageFormat.SIGNATURE, key.sign(manifestBytes));
        zip.close();
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        finished = true;
        return manifest;
    }

    private void writeRaw(String name, byte[] bytes) throws IOException {
        zip.setLevel(Deflater.BEST_SPEED);
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Without {@link #finish} nothing is left behind: the partial zip is deleted. */
    @Override
    public void close() throws IOException {
        if (!finished) {
            try {
                zip.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
