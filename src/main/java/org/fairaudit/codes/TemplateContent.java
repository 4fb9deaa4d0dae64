package org.fairaudit.codes;

import java.util.List;
import java.util.Optional;

/**
 * A template file as read into memory: its bytes, or the problems that kept them from being read.
 *
 * @param name         the file name, as shown in problems
 * @param bytes        empty when the file could not be read or was too large
 * @param readProblems why it could not be read; empty when it was
 */
record TemplateContent(String name, Optional<byte[]> bytes, List<TemplateProblem> readProblems) {
    TemplateContent {
        readProblems = List.copyOf(readProblems);
    }

    /** A list for this file's problems that starts with those met reading it, for the parsers to add to. */
    FileProblems problems() {
        return new FileProblems(name, readProblems);
    }
}
