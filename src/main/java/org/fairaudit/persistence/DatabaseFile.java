package org.fairaudit.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where one H2 database lives on disk: {@code NAME.mv.db}, its {@code backups/} folder beside it, and the
 * {@code NAME.owner} note that names the process holding it open.
 */
public final class DatabaseFile {
    static final String H2_SUFFIX = ".mv.db";
    /** H2 starts an AES-encrypted file with this header instead of its plain {@code H:2,block:} one. */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PLAIN_HEADER = "H:2,".getBytes(StandardCharsets.ISO_8859_1);

    private final Path base;

    private DatabaseFile(Path base) {
        this.base = base;
    }

    /** @param path the database file; the {@code .mv.db} suffix H2 adds is optional */
    public static DatabaseFile of(Path path) {
        String location = path.toAbsolutePath().normalize().toString();
        return new DatabaseFile(Path.of(location.endsWith(H2_SUFFIX)
                ? location.substring(0, location.length() - H2_SUFFIX.length()) : location));
    }

    /** The path without suffix, as H2 URLs name it. */
    Path base() {
        return base;
    }

    String name() {
        return base.getFileName().toString();
    }

    /** A file kept beside the database under its name, e.g. {@code .signing-key}. */
    public Path besideWithSuffix(String suffix) {
        return base.resolveSibling(name() + suffix);
    }

    public Path dataFile() {
        return base.resolveSibling(name() + H2_SUFFIX);
    }

    public Path backupsFolder() {
        return base.resolveSibling("backups");
    }

    Path ownerFile() {
        return base.resolveSibling(name() + ".owner");
    }

    public boolean exists() {
        return Files.isRegularFile(dataFile());
    }

    /**
     * Whether the file on disk is encrypted, read from its header without opening the database. Never call it while
     * this process has the database open: closing the read drops the lock H2 holds on the file (POSIX locks belong
     * to the process, and go with any descriptor of the file it closes), and a second instance could open it too.
     * An open {@link Database} knows whether it is encrypted.
     */
    public boolean isEncrypted() {
        return hasHeader(dataFile(), ENCRYPTED_HEADER);
    }

    /** Whether {@code file} starts like an H2 database file, plain or encrypted. */
    static boolean looksLikeH2(Path file) {
        return hasHeader(file, PLAIN_HEADER) || hasHeader(file, ENCRYPTED_HEADER);
    }

    static boolean startsEncrypted(InputStream in) throws IOException {
        return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
    }

    private static boolean hasHeader(Path file, byte[] header) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(header.length), header);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return dataFile().toString();
    }
}
