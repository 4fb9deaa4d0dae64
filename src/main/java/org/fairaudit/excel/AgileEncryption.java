package org.fairaudit.excel;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import org.apache.poi.poifs.crypt.CipherAlgorithm;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.poifs.filesystem.TempFilePOIFSFileSystem;

/**
 * Password protection as Excel does it (ECMA-376 agile encryption, AES-256 and SHA-512, Excel's own defaults):
 * the workbook package is encrypted as it is written, straight into an OLE2 container, so its plain form never
 * reaches a file.
 */
final class AgileEncryption {
    private AgileEncryption() {
    }

    /** Something that writes a whole OOXML package to a stream, such as {@code Workbook::write}. */
    @FunctionalInterface
    interface PackageWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    static void write(char[] password, PackageWriter content, OutputStream target) throws IOException {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile, CipherAlgorithm.aes256, HashAlgorithm.sha512,
                -1, -1, null);
        Encryptor encryptor = info.getEncryptor();
        // POI takes the password only as a String, which cannot be wiped; it lives until garbage-collected
        encryptor.confirmPassword(new String(password));
        // file-backed so that memory stays bounded for big reports; it only ever holds encrypted bytes
        try (POIFSFileSystem container = new TempFilePOIFSFileSystem()) {
            try (OutputStream encrypted = encryptor.getDataStream(container)) {
                content.writeTo(encrypted);
            }
            container.writeFilesystem(new KeptOpen(target));
        } catch (GeneralSecurityException e) {
            throw new IOException("Could not encrypt the workbook", e);
        }
    }

    /** A file-backed container closes the stream it is copied to; the caller still has to force it to disk. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream target) {
            super(target);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
