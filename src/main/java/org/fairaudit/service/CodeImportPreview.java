package org.fairaudit.service;

import java.util.List;
import java.util.Optional;
import org.fairaudit.domain.CodeOfConduct;

/** A code read from a sheet, not yet stored: the code when every row was valid, else every problem found. */
public record CodeImportPreview(String file, Optional<CodeOfConduct> code, List<ImportProblem> rejected) {
    public CodeImportPreview {
        rejected = List.copyOf(rejected);
    }

    public boolean canApply() {
        return code.isPresent() && rejected.isEmpty();
    }
}
