package org.fairaudit.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.fairaudit.i18n.Messages;

/** A password or passphrase kept in the first line of a file, for scripts; read without ever becoming a String. */
final class SecretFile {
    private SecretFile() {
    }

    /** The first line of {@code file}; the caller owns the array and wipes it. */
    static char[] firstLine(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(Messages.get("cli.export.passwordFileUnreadable", file), e);
        }
        CharBuffer text = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
        try {
            int end = 0;
            while (end < text.limit() && text.get(end) != '\n' && text.get(end) != '\r') {
                end++;
            }
            char[] secret = new char[end];
            text.get(secret);
            return secret;
        } finally {
            Arrays.fill(bytes, (byte) 0);
            Arrays.fill(text.array(), '\0');
        }
    }
}
