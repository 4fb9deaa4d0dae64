package org.fairaudit.service;

import java.util.List;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.Finding;

/**
 * What importing a CAP sheet would change, and the rows it refuses. Nothing is stored until
 * {@link CapImportService#apply(CapImportPreview)}; the records keep the versions read for the preview, so a
 * record changed in the meantime makes the apply fail as a whole.
 */
public record CapImportPreview(String file, List<CapChange> changes, List<ImportProblem> rejected,
                               List<Finding> findings, List<CorrectiveAction> actions) {
    public CapImportPreview {
        changes = List.copyOf(changes);
        rejected = List.copyOf(rejected);
        findings = List.copyOf(findings);
        actions = List.copyOf(actions);
    }

    /** Only a clean sheet may be applied: on any error nothing changes (DESIGN.md §9). */
    public boolean canApply() {
        return rejected.isEmpty() && !changes.isEmpty();
    }
}
