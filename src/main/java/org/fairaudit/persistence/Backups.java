package org.fairaudit.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.fairaudit.service.BackupFile;

/**
 * Backups of one database: zips named {@code NAME-yyyyMMdd-HHmmss-SSS.zip} (UTC) in the {@code backups/} folder
 * beside it, each holding the {@code .mv.db} file as it was on disk (so encrypted stays encrypted).
 */
public final class Backups {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final DatabaseFile file;
    private final Clock clock;
    private final Pattern ownBackup;

    public Backups(DatabaseFile file, Clock clock) {
        this.file = file;
        this.clock = clock;
        this.ownBackup = Pattern.compile(Pattern.quote(file.name()) + "-\\d{8}-\\d{6}-\\d{3}(-[a-z-]+)?\\.zip");
    }

    /** A consistent copy of the open database in {@code folder}. */
    public BackupFile take(Database database, Path folder) {
        try {
            Path zip = newBackupPath(folder, "");
            database.backUpTo(zip);
            return describe(zip);
        } catch (IOException | SQLException e) {
            throw new DatabaseException(e);
        }
    }

    /** A copy of the closed file (also of one H2 cannot read) in the backups folder, marked with {@code why}. */
    Path copyClosed(String why) throws IOException {
        Path zip = newBackupPath(file.backupsFolder(), "-" + why);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipped = new ZipOutputStream(out)) {
            zipped.putNextEntry(new ZipEntry(file.dataFile().getFileName().toString()));
            Files.copy(file.dataFile(), zipped);
            zipped.closeEntry();
        }
        return zip;
    }

    private Path newBackupPath(Path folder, String suffix) throws IOException {
        Files.createDirectories(folder);
        long millis = clock.millis();
        Path zip;
        // Two backups in one millisecond (a close right after a manual backup) must not overwrite each other.
        do {
            zip = folder.resolve(file.name() + "-" + STAMP.format(java.time.Instant.ofEpochMilli(millis++)) + suffix + ".zip");
        } while (Files.exists(zip));
        return zip;
    }

    /** The backups of this database in its backups folder, newest first. */
    public List<BackupFile> list() {
        Path folder = file.backupsFolder();
        List<BackupFile> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                entry -> ownBackup.matcher(entry.getFileName().toString()).matches())) {
            for (Path zip : entries) {
                found.add(describe(zip));
            }
        } catch (IOException e) {
            throw new DatabaseException(e);
        }
        found.sort(Comparator.comparing((BackupFile b) -> b.path().getFileName().toString()).reversed());
        return found;
    }

    /** Deletes all but the {@code count} newest backups. */
    public void keepNewest(int count) {
        List<BackupFile> all = list();
        for (BackupFile old : all.subList(Math.min(count, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.path());
            } catch (IOException e) {
                throw new DatabaseException(e);
            }
        }
    }

    /**
     * Puts the database file from {@code zip} in place of the closed database, after keeping the current file
     * aside as a backup. Refuses a zip without a readable H2 file, and one that would not open with
     * {@code passphrase}, before anything changes.
     */
    void restoreClosed(Path zip, char[] passphrase) throws IOException {
        Path staging = Files.createTempDirectory(file.base().getParent(), ".restore-");
        try {
            DatabaseFile restored = DatabaseFile.of(staging.resolve(file.name()));
            extractDatabase(zip, restored.dataFile());
            Database.probe(restored, passphrase);
            if (file.exists()) {
                copyClosed("before-restore");
            }
            Files.move(restored.dataFile(), file.dataFile(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * Restores {@code zip} in place of a database that cannot be opened (damaged, not H2, or missing): there is
     * no profile to ask, so this is the rescue path of the start window and the command line.
     */
    public static void rescue(DatabaseFile damaged, Path zip, char[] passphrase) {
        try {
            new Backups(damaged, Clock.systemUTC()).restoreClosed(zip, passphrase);
        } catch (IOException e) {
            throw new DatabaseException(e);
        }
    }

    /** Writes the one {@code .mv.db} entry of {@code zip} to {@code target}, never more than the disk holds. */
    private static void extractDatabase(Path zip, Path target) throws IOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> databases = archive.stream()
                    .filter(entry -> !entry.isDirectory() && entry.getName().endsWith(DatabaseFile.H2_SUFFIX)).toList();
            if (databases.size() != 1) {
                throw new InvalidBackupException("backup.notABackup", zip, null);
            }
            long room = Files.getFileStore(target.getParent()).getUsableSpace();
            try (InputStream in = archive.getInputStream(databases.get(0));
                 OutputStream out = Files.newOutputStream(target)) {
                byte[] buffer = new byte[64 * 1024];
                long written = 0;
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    written += n;
                    if (written > room) {
                        throw new InvalidBackupException("backup.tooLarge", zip, null);
                    }
                    out.write(buffer, 0, n);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new InvalidBackupException("backup.notABackup", zip, e);
        }
        if (!DatabaseFile.looksLikeH2(target)) {
            throw new InvalidBackupException("backup.notABackup", zip, null);
        }
    }

    /** Date, size and encryption of a backup zip. */
    public static BackupFile describe(Path zip) {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            ZipEntry entry = archive.stream().filter(e -> e.getName().endsWith(DatabaseFile.H2_SUFFIX)).findFirst()
                    .orElseThrow(() -> new InvalidBackupException("backup.notABackup", zip, null));
            boolean encrypted;
            try (InputStream in = archive.getInputStream(entry)) {
                encrypted = DatabaseFile.startsEncrypted(in);
            }
            return new BackupFile(zip, Files.getLastModifiedTime(zip).toInstant(), Files.size(zip), encrypted);
        } catch (IOException e) {
            throw new InvalidBackupException("backup.notABackup", zip, e);
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
