package org.fairaudit.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import org.h2.tools.ChangeFileEncryption;

/**
 * Encrypts, re-encrypts or decrypts a closed database file with H2's {@link ChangeFileEncryption}, on a copy:
 * the original is only replaced (atomically) once the copy opens with the new passphrase.
 */
final class FileEncryption {
    private static final String CIPHER = "AES";

    private FileEncryption() {
    }

    /** @param current null when the file is plain; @param next null to decrypt */
    static void change(DatabaseFile closed, char[] current, char[] next) throws IOException, SQLException {
        Database.probe(closed, current); // a wrong current passphrase would otherwise yield an unreadable copy
        Path staging = Files.createTempDirectory(closed.base().getParent(), ".rekey-");
        try {
            DatabaseFile copy = DatabaseFile.of(staging.resolve(closed.name()));
            Files.copy(closed.dataFile(), copy.dataFile());
            char[] decrypt = FileKey.filePassword(closed.isEncrypted() ? current : null);
            char[] encrypt = FileKey.filePassword(next);
            try {
                ChangeFileEncryption.execute(staging.toString(), closed.name(), CIPHER, decrypt, encrypt, true);
            } finally {
                FileKey.wipe(decrypt);
                FileKey.wipe(encrypt);
            }
            Database.probe(copy, next);
            Files.move(copy.dataFile(), closed.dataFile(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Backups.deleteTree(staging);
        }
    }
}
