package org.fairaudit.domain;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A versioned code of conduct: ordered sections of requirements. Codes are data, loaded from templates. */
public record CodeOfConduct(
        String id,
        String title,
        String version,
        String issuer,
        String language,
        String description,
        List<CodeSection> sections) {

    public CodeOfConduct {
        sections = List.copyOf(sections);
    }

    public CodeRef ref() {
        return new CodeRef(id, version);
    }

    public Stream<Requirement> requirements() {
        return sections.stream().flatMap(section -> section.requirements().stream());
    }

    public Optional<Requirement> requirement(String ref) {
        return requirements().filter(r -> r.ref().equals(ref)).findFirst();
    }

    public int requirementCount() {
        return sections.stream().mapToInt(s -> s.requirements().size()).sum();
    }
}
