package org.fairaudit.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.fairaudit.i18n.Messages;

/** Passwords given to commands in files, so that they stay out of the shell history and the process list. */
final class SecretFiles {
    private SecretFiles() {
    }

    /** The first line of {@code file}; the caller owns the array and wipes it. The bytes read are wiped here. */
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
            char[] password = new char[end];
            text.get(password);
            return password;
        } finally {
            Arrays.fill(bytes, (byte) 0);
            Arrays.fill(text.array(), '\0');
        }
    }
}
