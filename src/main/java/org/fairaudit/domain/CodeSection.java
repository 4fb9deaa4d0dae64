package org.fairaudit.domain;

import java.util.List;

/** An ordered group of requirements within a code of conduct. */
public record CodeSection(String id, String title, List<Requirement> requirements) {
    public CodeSection {
        requirements = List.copyOf(requirements);
    }
}
