package org.fairaudit.persistence;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns a passphrase into the file password H2 expects. H2 splits its password at the first space into file
 * and user password, so a passphrase like "my dog rex" would be cut: the file password is the hex form of the
 * passphrase's UTF-8 bytes, which has no spaces and keeps every character the user typed.
 */
final class FileKey {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private FileKey() {
    }

    /** The file password alone, as {@code ChangeFileEncryption} takes it; null stays null (no encryption). */
    static char[] filePassword(char[] passphrase) {
        if (passphrase == null) {
            return null;
        }
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        char[] hex = new char[bytes.remaining() * 2];
        for (int i = 0; bytes.hasRemaining(); i += 2) {
            int b = bytes.get() & 0xff;
            hex[i] = HEX[b >>> 4];
            hex[i + 1] = HEX[b & 0xf];
        }
        Arrays.fill(bytes.array(), (byte) 0);
        return hex;
    }

    /** The JDBC password: {@code "filePassword userPassword"} with an empty user password. */
    static char[] connectionPassword(char[] passphrase) {
        char[] file = filePassword(passphrase);
        if (file == null) {
            return new char[0];
        }
        char[] password = Arrays.copyOf(file, file.length + 1);
        password[file.length] = ' ';
        wipe(file);
        return password;
    }

    static void wipe(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }
}
