package org.fairaudit.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** A package whose structure, signature and hashes were checked, unpacked in a temporary folder until closed. */
public final class VerifiedPackage implements AutoCloseable {
    private final Path file;
    private final Manifest manifest;
    private final Path folder;
    private final Map<String, Path> contents;

    VerifiedPackage(Path file, Manifest manifest, Path folder, Map<String, Path> contents) {
        this.file = file;
        this.manifest = manifest;
        this.folder = folder;
        this.contents = Map.copyOf(contents);
    }

    public Path file() {
        return file;
    }

    public Manifest manifest() {
        return manifest;
    }

    /** The fingerprint of the key that signed the package. */
    public String fingerprint() {
        return InstallationKey.fingerprint(manifest.publicKey());
    }

    public boolean has(String entryName) {
        return contents.containsKey(entryName);
    }

    /** The verified bytes of an entry listed in the manifest. */
    public InputStream open(String entryName) throws IOException {
        Path path = contents.get(entryName);
        if (path == null) {
            throw new IllegalArgumentException("Not in the package: " + entryName);
        }
        return Files.newInputStream(path);
    }

    @Override
    public void close() {
        deleteFolder(folder);
    }

    static void deleteFolder(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
