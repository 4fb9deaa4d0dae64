package org.fairaudit.ui.fakes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.service.CapImportService;
import org.fairaudit.service.CapSheet;
import org.fairaudit.service.CodeImportPreview;
import org.fairaudit.service.CodeImportService;
import org.fairaudit.service.CodeService;
import org.fairaudit.service.FindingService;
import org.fairaudit.service.ProfileService;
import org.fairaudit.service.UserCodeTemplates;

/** Import services over given sheet contents, for screens and ViewModels tested without files. */
public final class SheetImports {
    private SheetImports() {
    }

    public static CapImportService cap(FindingService findings, ProfileService profiles, CapSheet sheet) {
        return new CapImportService(findings, (file, progress) -> sheet, profiles);
    }

    public static CodeImportService codes(CodeService codes, ProfileService profiles, CodeImportPreview read,
                                          Templates templates) {
        return new CodeImportService(codes, (file, crosswalk) -> read, templates, profiles);
    }

    /** Remembers the codes written instead of writing files. */
    public static final class Templates implements UserCodeTemplates {
        public final List<CodeOfConduct> written = new ArrayList<>();

        @Override
        public Path write(CodeOfConduct code) {
            written.add(code);
            return Path.of("codes", code.id() + "-" + code.version() + ".yaml");
        }

        @Override
        public void remove(Path template) {
            written.removeIf(code -> template.endsWith(code.id() + "-" + code.version() + ".yaml"));
        }
    }
}
