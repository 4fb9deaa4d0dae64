package org.fairaudit.codes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeSection;
import org.fairaudit.domain.Crosswalk;

/**
 * A code of conduct kept in a spreadsheet, one row per requirement ({@code templates/codes/README.md}): the rows
 * are turned into the same tree the YAML loader reads, so that the sheet is validated by
 * {@link CodeTemplateReader} with exactly the template rules and messages. The row number stands in for the line.
 * Rows are added one by one as the sheet is read; each section is read as soon as its last row is in, so that only
 * the current section is ever held as a tree and a large code is held once, as the code.
 * Problems come section by section in sheet order, then those of the code's own columns.
 */
public final class CodeSheetTemplate {
    /** Code columns: the same on every row (blank after the first row means "the same"). */
    private static final List<String> CODE_COLUMNS =
            List.of("code_id", "title", "version", "issuer", "language", "description");
    private static final List<String> REQUIREMENT_COLUMNS = List.of("ref", "text", "guidance", "check_by",
            "references", "topics", "severity", "zero_tolerance", "indicator", "strong_indicator");
    private static final List<String> LIST_COLUMNS = List.of("check_by", "references", "topics");
    /** Every column a code sheet may have, in the order the README lists them. */
    public static final List<String> COLUMNS = columns();

    private final FileProblems problems;
    private final CodeTemplateReader reader;
    private final List<FirstValue> codeValues = CODE_COLUMNS.stream().map(FirstValue::new).toList();
    /** The sections read so far that had no problem. */
    private final List<CodeSection> sections = new ArrayList<>();
    /** One per section read so far: titles that differ between the rows of their section are reported last. */
    private final List<FirstValue> sectionTitles = new ArrayList<>();
    private SectionRun section;
    private int firstRow;

    /**
     * @param where     the file and sheet as problems name them
     * @param crosswalk the topics a requirement may name
     */
    public CodeSheetTemplate(String where, Crosswalk crosswalk) {
        this.problems = FileProblems.ofSheet(where);
        this.reader = CodeTemplateReader.inParts(crosswalk, problems);
    }

    /**
     * Takes the next data row (after the header), in sheet order. Each row becomes its requirement's node at once,
     * so the rows themselves are not kept.
     */
    public void add(CodeSheetRow row) {
        if (section == null) {
            firstRow = row.row();
        }
        codeValues.forEach(value -> value.offer(row));
        String sectionId = row.values().getOrDefault("section_id", "");
        if (section == null || !sectionId.equals(section.id)) {
            closeSection();
            section = new SectionRun(sectionId, row);
        }
        section.offer(row, requirement(row));
    }

    /**
     * Validates the rows added so far with the template rules.
     *
     * @return the code, or empty when any problem was found; {@code found} then lists each with row and field
     */
    public Optional<CodeOfConduct> read(List<TemplateProblem> found) {
        Optional<CodeOfConduct> code = Optional.empty();
        if (section == null) {
            problems.add(0, "", "empty");
        } else {
            closeSection();
            code = reader.code(codeFields(), sections);
        }
        found.addAll(problems.list());
        return problems.list().isEmpty() ? code : Optional.empty();
    }

    /** The format's name of a header written as in the README or in words ({@code Code id}); empty if none. */
    public static Optional<String> column(String header) {
        String name = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return COLUMNS.contains(name) ? Optional.of(name) : Optional.empty();
    }

    /**
     * The column a problem's field path points at: {@code id} is {@code code_id}, {@code sections[0].title} is
     * {@code section_title}, {@code sections[0].requirements[2].topics[1]} is {@code topics}.
     */
    public static Optional<String> columnOf(String fieldPath) {
        String[] parts = fieldPath.replaceAll("\\[\\d+]", "").split("\\.");
        String last = parts[parts.length - 1];
        if (parts.length == 1) {
            return column(last.equals("id") ? "code_id" : last);
        }
        if (parts.length == 2 && parts[0].equals("sections")) {
            return column("section_" + last);
        }
        return column(last);
    }

    /** The code's own fields, each the value of the first row that gives it; differing values are reported. */
    private YamlNode codeFields() {
        Map<String, YamlNode> code = new LinkedHashMap<>();
        for (FirstValue value : codeValues) {
            value.reportDifferences(problems);
            value.first().ifPresent(node -> code.put(value.column.equals("code_id") ? "id" : value.column, node));
        }
        sectionTitles.forEach(title -> title.reportDifferences(problems));
        return new YamlNode.Mapping(code, firstRow);
    }

    /**
     * A new section starts on every row whose section id differs from the row above; a repeat is a duplicate id.
     * The section is read at once, and its rows' tree let go.
     */
    private void closeSection() {
        if (section == null || section.closed) {
            return;
        }
        section.closed = true;
        Map<String, YamlNode> fields = new LinkedHashMap<>();
        scalar(section.first, "section_id").ifPresent(value -> fields.put("id", value));
        section.title.first().ifPresent(value -> fields.put("title", value));
        fields.put("requirements", new YamlNode.Sequence(section.requirements, section.first.row()));
        reader.section(new YamlNode.Mapping(fields, section.first.row()), sectionTitles.size()).ifPresent(sections::add);
        sectionTitles.add(section.title);
    }

    private YamlNode requirement(CodeSheetRow row) {
        Map<String, YamlNode> requirement = new LinkedHashMap<>();
        for (String column : REQUIREMENT_COLUMNS) {
            Optional<YamlNode> value = LIST_COLUMNS.contains(column) ? list(row, column) : scalar(row, column);
            value.ifPresent(node -> requirement.put(column, node));
        }
        return new YamlNode.Mapping(requirement, row.row());
    }

    /** The rows of one section, in sheet order. */
    private static final class SectionRun {
        private final String id;
        private final CodeSheetRow first;
        private final FirstValue title = new FirstValue("section_title");
        private final List<YamlNode> requirements = new ArrayList<>();
        private boolean closed;

        SectionRun(String id, CodeSheetRow first) {
            this.id = id;
            this.first = first;
        }

        void offer(CodeSheetRow row, YamlNode requirement) {
            title.offer(row);
            requirements.add(requirement);
        }
    }

    /** The value of the first row that gives one; a different value on a later row is a problem. */
    private static final class FirstValue {
        private final String column;
        private final List<CodeSheetRow> differing = new ArrayList<>();
        private YamlNode.Scalar first;

        FirstValue(String column) {
            this.column = column;
        }

        void offer(CodeSheetRow row) {
            String value = row.values().get(column);
            if (value == null) {
                return;
            }
            if (first == null) {
                first = new YamlNode.Scalar(value, row.row());
            } else if (!first.text().equals(value)) {
                differing.add(row);
            }
        }

        Optional<YamlNode> first() {
            return Optional.ofNullable(first);
        }

        void reportDifferences(FileProblems problems) {
            differing.forEach(row -> problems.add(row.row(), column, "sheetValueDiffers", row.values().get(column),
                    first.text(), String.valueOf(first.line())));
        }
    }

    private static Optional<YamlNode> scalar(CodeSheetRow row, String column) {
        String value = row.values().get(column);
        return value == null ? Optional.empty() : Optional.of(new YamlNode.Scalar(value, row.row()));
    }

    /** Items separated by {@code ;} or line breaks, stripped; empty items are left out. */
    private static Optional<YamlNode> list(CodeSheetRow row, String column) {
        String value = row.values().get(column);
        if (value == null) {
            return Optional.empty();
        }
        List<YamlNode> items = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == ';' || value.charAt(i) == '\n') {
                String item = value.substring(start, i).strip();
                if (!item.isEmpty()) {
                    items.add(new YamlNode.Scalar(item, row.row()));
                }
                start = i + 1;
            }
        }
        return Optional.of(new YamlNode.Sequence(items, row.row()));
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(CODE_COLUMNS);
        columns.add("section_id");
        columns.add("section_title");
        columns.addAll(REQUIREMENT_COLUMNS);
        return List.copyOf(columns);
    }
}
