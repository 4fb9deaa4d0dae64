package org.fairaudit.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.Permission;
import org.fairaudit.i18n.Messages;

/**
 * Imports a brand's code of conduct from a spreadsheet (DESIGN.md §3): validated like a YAML template, kept as a
 * user template beside the database (so it loads after a restart and audits can pin it) and stored at once.
 */
public final class CodeImportService {
    private final CodeService codes;
    private final CodeSheetSource source;
    private final UserCodeTemplates templates;
    private final ProfileService profiles;

    public CodeImportService(CodeService codes, CodeSheetSource source, UserCodeTemplates templates,
                             ProfileService profiles) {
        this.codes = codes;
        this.source = source;
        this.templates = templates;
        this.profiles = profiles;
    }

    /** Reads and validates the sheet; a code whose id and version FairAudit already has is refused. */
    public CodeImportPreview preview(Path file) {
        profiles.require(Permission.IMPORT_CODES);
        CodeImportPreview read = source.read(file, codes.crosswalk());
        if (read.code().isEmpty()) {
            return read;
        }
        CodeOfConduct code = read.code().get();
        if (codes.code(code.ref()).isEmpty()) {
            return read;
        }
        List<ImportProblem> rejected = new ArrayList<>(read.rejected());
        rejected.add(new ImportProblem(read.file(), "", 0, "",
                Messages.get("sheets.code.exists", code.id(), code.version())));
        return new CodeImportPreview(read.file(), read.code(), rejected);
    }

    /**
     * Writes the template, then stores the code; when storing fails the template is not left behind.
     *
     * @return the template file written
     */
    public Path apply(CodeImportPreview preview) {
        profiles.require(Permission.IMPORT_CODES);
        if (!preview.canApply()) {
            throw new ImportRefusedException(preview.rejected());
        }
        CodeOfConduct code = preview.code().orElseThrow();
        Path written = templates.write(code);
        try {
            codes.add(code);
        } catch (RuntimeException e) {
            templates.remove(written);
            throw e;
        }
        return written;
    }
}
