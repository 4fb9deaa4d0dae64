package org.fairaudit.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.fairaudit.service.PackageRefusal;
import org.fairaudit.service.PackageRefusedException;

/**
 * Reads a package defensively and verifies it before anything of it is used: zip structure, entry names, sizes
 * and inflate ratios, then format version, signature and every entry's hash. Entries are unpacked into a private
 * temporary folder (bounded memory whatever the attachments weigh).
 */
public final class PackageReader {
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final PackageLimits limits;
    private final Path workFolder;

    /** @param workFolder where temporary folders of unpacked packages are made */
    public PackageReader(PackageLimits limits, Path workFolder) {
        this.limits = limits;
        this.workFolder = workFolder;
    }

    /** @throws PackageRefusedException naming the first check the package failed */
    public VerifiedPackage read(Path file) {
        requireZipMagic(file);
        Path folder = createFolder();
        try {
            Map<String, Manifest.Entry> found = unpack(file, folder);
            VerifiedPackage verified = verify(file, folder, found);
            folder = null; // handed over
            return verified;
        } finally {
            if (folder != null) {
                VerifiedPackage.deleteFolder(folder);
            }
        }
    }

    private static void requireZipMagic(Path file) {
        byte[] head = new byte[ZIP_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, head.length) != head.length || !java.util.Arrays.equals(head, ZIP_MAGIC)) {
                throw new PackageRefusedException(PackageRefusal.NOT_A_ZIP, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path createFolder() {
        try {
            Files.createDirectories(workFolder);
            return Files.createTempDirectory(workFolder, "package");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies every entry out within the limits; returns what was found: name, inflated size, hash. */
    private Map<String, Manifest.Entry> unpack(Path file, Path folder) {
        Map<String, Manifest.Entry> found = new HashMap<>();
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                throw new PackageRefusedException(PackageRefusal.TOO_MANY_ENTRIES, file, limits.maxEntries());
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            int index = 0;
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!PackageFormat.isAllowedName(name)) {
                    throw new PackageRefusedException(PackageRefusal.ENTRY_NAME, file, name);
                }
                if (found.containsKey(name)) {
                    throw new PackageRefusedException(PackageRefusal.DUPLICATE_ENTRY, file, name);
                }
                Path target = folder.resolve(Integer.toString(index++));
                Manifest.Entry copied = copy(file, zip, entry, target, limits.maxTotalBytes() - total);
                total += copied.size();
                found.put(name, copied);
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new PackageRefusedException(PackageRefusal.DAMAGED, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private Manifest.Entry copy(Path file, ZipFile zip, ZipEntry entry, Path target, long totalLeft)
            throws IOException {
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long allowed = Math.min(limits.maxEntryBytes(), totalLeft);
        MessageDigest digest = RecordJson.sha256();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        try (InputStream in = zip.getInputStream(entry);
             OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                if (size > allowed) {
                    throw new PackageRefusedException(PackageRefusal.TOO_LARGE, file, entry.getName());
                }
                if (size > PackageLimits.RATIO_FREE_BYTES && size / compressed > limits.maxInflateRatio()) {
                    throw new PackageRefusedException(PackageRefusal.ZIP_BOMB, file, entry.getName());
                }
                out.write(buffer, 0, n);
            }
        }
        return new Manifest.Entry(target.getFileName().toString(), size, HexFormat.of().formatHex(digest.digest()));
    }

    private static VerifiedPackage verify(Path file, Path folder, Map<String, Manifest.Entry> found) {
        Manifest.Entry manifestEntry = found.get(PackageFormat.MANIFEST);
        Manifest.Entry signatureEntry = found.get(PackageFormat.SIGNATURE);
        if (manifestEntry == null || signatureEntry == null) {
            throw new PackageRefusedException(PackageRefusal.NO_MANIFEST, file);
        }
        byte[] manifestBytes = readAll(folder.resolve(manifestEntry.name()));
        Manifest manifest = parseManifest(file, manifestBytes);
        if (manifest.formatVersion() != PackageFormat.FORMAT_VERSION) {
            throw new PackageRefusedException(PackageRefusal.FORMAT_VERSION, file, manifest.formatVersion(),
                    PackageFormat.FORMAT_VERSION);
        }
        if (!InstallationKey.verifies(manifest.publicKey(), manifestBytes,
                readAll(folder.resolve(signatureEntry.name())))) {
            throw new PackageRefusedException(PackageRefusal.SIGNATURE, file);
        }
        Map<String, Path> contents = new HashMap<>();
        for (Manifest.Entry listed : manifest.entries()) {
            Manifest.Entry actual = found.get(listed.name());
            if (actual == null) {
                throw new PackageRefusedException(PackageRefusal.ENTRY_MISSING, file, listed.name());
            }
            String attachmentHash = PackageFormat.attachmentHash(listed.name());
            if (actual.size() != listed.size() || !actual.sha256().equals(listed.sha256())
                    || attachmentHash != null && !attachmentHash.equals(actual.sha256())) {
                throw new PackageRefusedException(PackageRefusal.ENTRY_HASH, file, listed.name());
            }
            contents.put(listed.name(), folder.resolve(actual.name()));
        }
        for (String name : found.keySet()) {
            if (!contents.containsKey(name) && !name.equals(PackageFormat.MANIFEST)
                    && !name.equals(PackageFormat.SIGNATURE)) {
                throw new PackageRefusedException(PackageRefusal.ENTRY_NOT_LISTED, file, name);
            }
        }
        return new VerifiedPackage(file, manifest, folder, contents);
    }

    private static Manifest parseManifest(Path file, byte[] bytes) {
        try {
            Manifest manifest = RecordJson.MAPPER.readValue(bytes, Manifest.class);
            if (manifest.packageId() == null || manifest.installationId() == null || manifest.publicKey() == null) {
                throw new PackageRefusedException(PackageRefusal.MANIFEST_UNREADABLE, file);
            }
            return manifest;
        } catch (IOException | RuntimeException e) {
            if (e instanceof PackageRefusedException refused) {
                throw refused;
            }
            throw new PackageRefusedException(PackageRefusal.MANIFEST_UNREADABLE, file);
        }
    }

    private static byte[] readAll(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
