package org.fairaudit.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.fairaudit.i18n.Messages;
import picocli.CommandLine.Option;

/** Where the password of an encrypted export comes from: typed at a prompt that does not echo, or a file. */
final class ExportPassword {
    @Option(names = "--password", interactive = true, arity = "0..1", paramLabel = "PASSWORD",
            prompt = "Password for the encrypted workbook: ")
    char[] typed;

    @Option(names = "--password-file", paramLabel = "FILE")
    Path file;

    /** The password; the caller owns the array and wipes it. */
    char[] read() {
        return typed != null ? typed : firstLineOf(file);
    }

    private static char[] firstLineOf(Path file) {
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
