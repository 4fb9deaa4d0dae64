package org.fairaudit.app;

import java.nio.file.Path;
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
        return typed != null ? typed : SecretFiles.firstLine(file);
    }
}
