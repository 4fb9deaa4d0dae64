package org.fairaudit.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeRef;
import org.fairaudit.domain.CodeSection;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.domain.EvidenceSource;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.Requirement;
import org.fairaudit.domain.Severity;

/**
 * Turns the YAML tree of one code template (format: {@code templates/codes/README.md}) into a
 * {@link CodeOfConduct}. Every problem of the file is reported; a file with any problem yields no code.
 */
final class CodeTemplateReader {
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Numbers only, so that versions order reliably ("1.10" after "1.9"). */
    static final Pattern VERSION = Pattern.compile("\\d{1,6}(\\.\\d{1,6}){0,3}");

    private static final Set<String> CODE_FIELDS =
            Set.of("id", "title", "version", "issuer", "language", "description", "sections");
    private static final Set<String> SECTION_FIELDS = Set.of("id", "title", "requirements");
    private static final Set<String> REQUIREMENT_FIELDS = Set.of("ref", "text", "guidance", "check_by", "references",
            "topics", "severity", "zero_tolerance", "indicator", "strong_indicator");

    private final FileProblems problems;
    private final Choices<String> topics;
    private final UniqueValues sectionIds;
    private final UniqueValues refs;

    private CodeTemplateReader(FileProblems problems, Crosswalk crosswalk) {
        this.problems = problems;
        this.topics = Choices.topics(crosswalk);
        this.sectionIds = new UniqueValues(problems, "duplicateId");
        this.refs = new UniqueValues(problems, "duplicateRef");
    }

    /**
     * @param loaded codes already loaded, with the file each came from: the same id and version may be defined
     *               only once, because audits pin a code by id and version
     */
    static Optional<CodeOfConduct> read(YamlNode root, Crosswalk crosswalk, Map<CodeRef, String> loaded,
                                        FileProblems problems) {
        int mark = problems.mark();
        CodeTemplateReader reader = new CodeTemplateReader(problems, crosswalk);
        return MappingReader.root(root, problems).flatMap(code -> reader.code(code, loaded, reader::sections, mark));
    }

    /**
     * A reader for a template handed over in parts, as a code sheet is read: each section when its rows have been
     * read ({@link #section(YamlNode, int)}), then the code's own fields ({@link #code(YamlNode, List)}). The rules
     * and messages are those of a whole template, and no section's tree need be kept once it has been read.
     */
    static CodeTemplateReader inParts(Crosswalk crosswalk, FileProblems problems) {
        return new CodeTemplateReader(problems, crosswalk);
    }

    /** Reads the section at {@code index} of the code's {@code sections}; empty when it has any problem. */
    Optional<CodeSection> section(YamlNode node, int index) {
        return MappingReader.item(node, "sections", index, problems).flatMap(this::section);
    }

    /**
     * Reads the code's own fields (a mapping without {@code sections}) around sections already read.
     *
     * @return the code, or empty when any problem was found since this reader began
     */
    Optional<CodeOfConduct> code(YamlNode fields, List<CodeSection> sections) {
        return MappingReader.root(fields, problems).flatMap(code -> code(code, Map.of(), ignored -> sections, 0));
    }

    /** @param mark problems before it are not this code's: a code with any problem since is not returned */
    private Optional<CodeOfConduct> code(MappingReader code, Map<CodeRef, String> loaded,
                                         Function<MappingReader, List<CodeSection>> sectionsOf, int mark) {
        code.allowOnly(CODE_FIELDS);
        String id = code.text("id", SLUG, "notSlug");
        String version = code.text("version", VERSION, "notVersion");
        String firstFile = loaded.get(new CodeRef(id, version));
        if (firstFile != null) {
            problems.add(code.line("version"), code.path("version"), "duplicateCode", id, version, firstFile);
        }
        String title = code.text("title");
        String issuer = code.text("issuer");
        String language = code.text("language");
        String description = code.optionalText("description");
        List<CodeSection> sections = sectionsOf.apply(code);
        return problems.noneSince(mark)
                ? Optional.of(new CodeOfConduct(id, title, version, issuer, language, description, sections))
                : Optional.empty();
    }

    private List<CodeSection> sections(MappingReader code) {
        List<CodeSection> sections = new ArrayList<>();
        code.mappings("sections").forEach(section -> section(section).ifPresent(sections::add));
        return sections;
    }

    private Optional<CodeSection> section(MappingReader section) {
        int mark = problems.mark();
        section.allowOnly(SECTION_FIELDS);
        String id = sectionIds.check(section, "id", section.text("id", SLUG, "notSlug"));
        String title = section.text("title");
        List<Requirement> requirements = new ArrayList<>();
        section.mappings("requirements").forEach(requirement -> requirement(requirement).ifPresent(requirements::add));
        return problems.noneSince(mark) ? Optional.of(new CodeSection(id, title, requirements)) : Optional.empty();
    }

    private Optional<Requirement> requirement(MappingReader requirement) {
        int mark = problems.mark();
        requirement.allowOnly(REQUIREMENT_FIELDS);
        String ref = refs.check(requirement, "ref", requirement.text("ref"));
        String text = requirement.text("text");
        String guidance = requirement.optionalText("guidance");
        List<EvidenceSource> checkBy = requirement.choices("check_by", Choices.CHECK_BY);
        List<String> references = requirement.optionalTexts("references");
        List<String> topicIds = requirement.choices("topics", topics);
        Optional<Severity> severity = requirement.choice("severity", Choices.SEVERITY);
        boolean zeroTolerance = zeroTolerance(requirement, severity);
        Optional<ForcedLabourIndicator> indicator = requirement.optionalChoice("indicator", Choices.INDICATOR);
        boolean strongIndicator = requirement.flag("strong_indicator", false);
        if (strongIndicator && !requirement.has("indicator")) {
            problems.add(requirement.line("strong_indicator"), requirement.path("strong_indicator"),
                    "strongWithoutIndicator");
        }
        return problems.noneSince(mark)
                ? Optional.of(new Requirement(ref, text, guidance, checkBy, references, topicIds, severity.orElseThrow(),
                        zeroTolerance, indicator.orElse(null), strongIndicator))
                : Optional.empty();
    }

    /** The flag may be left out; when given it must agree with the severity, or reports would contradict themselves. */
    private boolean zeroTolerance(MappingReader requirement, Optional<Severity> severity) {
        boolean severityIsZeroTolerance = severity.filter(s -> s == Severity.ZERO_TOLERANCE).isPresent();
        boolean flag = requirement.flag("zero_tolerance", severityIsZeroTolerance);
        if (severity.isPresent() && flag != severityIsZeroTolerance) {
            problems.add(requirement.line("zero_tolerance"), requirement.path("zero_tolerance"),
                    "zeroToleranceMismatch", String.valueOf(flag), Choices.snakeCase(severity.get()));
        }
        return flag;
    }
}
