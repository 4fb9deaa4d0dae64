package org.fairaudit.ui.audit;

import java.util.List;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeSection;

/** The requirements of one section of one code, as the checklist groups them. */
record ChecklistGroup(CodeOfConduct code, CodeSection section, List<ChecklistItem> items) {
    ChecklistGroup {
        items = List.copyOf(items);
    }
}
