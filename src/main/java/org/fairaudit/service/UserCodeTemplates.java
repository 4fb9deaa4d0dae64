package org.fairaudit.service;

import java.nio.file.Path;
import org.fairaudit.domain.CodeOfConduct;

/** Where imported codes are kept as templates, so that they load again at the next start. */
public interface UserCodeTemplates {
    /**
     * Writes the code's template atomically.
     *
     * @return the file written
     * @throws java.io.UncheckedIOException when it cannot be written or a template of this id and version exists
     */
    Path write(CodeOfConduct code);

    /** Takes back a template just written, when the code could not be stored. */
    void remove(Path template);
}
