package org.fairaudit.codes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.Crosswalk;

/**
 * A code of conduct kept in a spreadsheet, one row per requirement ({@code templates/codes/README.md}): the rows
 * are turned into the same tree the YAML loader reads, so that the sheet is validated by
 * {@link CodeTemplateReader} with exactly the template rules and messages. The row number stands in for the line.
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

    private CodeSheetTemplate(FileProblems problems) {
        this.problems = problems;
    }

    /**
     * @param where  the file and sheet as problems name them
     * @param rows   the data rows (after the header), in sheet order
     * @return the code, or empty when any problem was found; {@code problems} then lists each with row and field
     */
    public static Optional<CodeOfConduct> read(String where, List<CodeSheetRow> rows, Crosswalk crosswalk,
                                               List<TemplateProblem> problems) {
        FileProblems fileProblems = new FileProblems(where);
        Optional<CodeOfConduct> code = Optional.empty();
        if (rows.isEmpty()) {
            fileProblems.add(0, "", "empty");
        } else {
            YamlNode tree = new CodeSheetTemplate(fileProblems).tree(rows);
            code = CodeTemplateReader.read(tree, crosswalk, Map.of(), fileProblems);
        }
        problems.addAll(fileProblems.list());
        return fileProblems.list().isEmpty() ? code : Optional.empty();
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

    private YamlNode tree(List<CodeSheetRow> rows) {
        int firstRow = rows.get(0).row();
        Map<String, YamlNode> code = new LinkedHashMap<>();
        for (String column : CODE_COLUMNS) {
            sameOnEveryRow(rows, column).ifPresent(value -> code.put(column.equals("code_id") ? "id" : column,
                    value));
        }
        List<YamlNode> sections = new ArrayList<>();
        for (List<CodeSheetRow> run : sectionRuns(rows)) {
            sections.add(section(run));
        }
        code.put("sections", new YamlNode.Sequence(sections, firstRow));
        return new YamlNode.Mapping(code, firstRow);
    }

    /** A new section starts on every row whose section id differs from the row above; a repeat is a duplicate id. */
    private static List<List<CodeSheetRow>> sectionRuns(List<CodeSheetRow> rows) {
        List<List<CodeSheetRow>> runs = new ArrayList<>();
        String current = null;
        for (CodeSheetRow row : rows) {
            String sectionId = row.values().getOrDefault("section_id", "");
            if (runs.isEmpty() || !sectionId.equals(current)) {
                runs.add(new ArrayList<>());
                current = sectionId;
            }
            runs.get(runs.size() - 1).add(row);
        }
        return runs;
    }

    private YamlNode section(List<CodeSheetRow> run) {
        CodeSheetRow first = run.get(0);
        Map<String, YamlNode> section = new LinkedHashMap<>();
        scalar(first, "section_id").ifPresent(value -> section.put("id", value));
        sameOnEveryRow(run, "section_title").ifPresent(value -> section.put("title", value));
        section.put("requirements", new YamlNode.Sequence(run.stream().map(this::requirement).toList(), first.row()));
        return new YamlNode.Mapping(section, first.row());
    }

    private YamlNode requirement(CodeSheetRow row) {
        Map<String, YamlNode> requirement = new LinkedHashMap<>();
        for (String column : REQUIREMENT_COLUMNS) {
            Optional<YamlNode> value = LIST_COLUMNS.contains(column) ? list(row, column) : scalar(row, column);
            value.ifPresent(node -> requirement.put(column, node));
        }
        return new YamlNode.Mapping(requirement, row.row());
    }

    /** The value of the first row that gives one; a different value on a later row is a problem. */
    private Optional<YamlNode> sameOnEveryRow(List<CodeSheetRow> rows, String column) {
        YamlNode.Scalar first = null;
        int firstRow = 0;
        for (CodeSheetRow row : rows) {
            String value = row.values().get(column);
            if (value == null) {
                continue;
            }
            if (first == null) {
                first = new YamlNode.Scalar(value, row.row());
                firstRow = row.row();
            } else if (!first.text().equals(value)) {
                problems.add(row.row(), column, "sheetValueDiffers", value, first.text(),
                        String.valueOf(firstRow));
            }
        }
        return Optional.ofNullable(first);
    }

    private static Optional<YamlNode> scalar(CodeSheetRow row, String column) {
        String value = row.values().get(column);
        return value == null ? Optional.empty() : Optional.of(new YamlNode.Scalar(value, row.row()));
    }

    private static Optional<YamlNode> list(CodeSheetRow row, String column) {
        String value = row.values().get(column);
        if (value == null) {
            return Optional.empty();
        }
        List<YamlNode> items = Arrays.stream(value.split("[;\\n]")).map(String::strip).filter(s -> !s.isEmpty())
                .map(item -> (YamlNode) new YamlNode.Scalar(item, row.row())).toList();
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
