package org.fairaudit.excel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fairaudit.codes.CodeSheetRow;
import org.fairaudit.codes.CodeSheetTemplate;
import org.fairaudit.codes.TemplateProblem;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.CodeImportPreview;
import org.fairaudit.service.CodeSheetSource;
import org.fairaudit.service.ImportProblem;

/**
 * Reads a code of conduct from the first sheet of a workbook: a header row of the column names in
 * {@code templates/codes/README.md}, then one row per requirement. Cells are checked here for what only a sheet
 * can get wrong (formulas, error values, a version typed as a number); everything else is validated by the
 * template rules ({@link CodeSheetTemplate}), whose problems are given the column they concern.
 */
public final class CodeSheetReader implements CodeSheetSource {
    /** Columns without which no row can be valid: reported once, instead of once per row. */
    private static final List<String> REQUIRED_COLUMNS = List.of("code_id", "title", "version", "issuer",
            "language", "section_id", "section_title", "ref", "text", "check_by", "topics", "severity");

    private final SheetReader reader;

    public CodeSheetReader(SheetReader reader) {
        this.reader = reader;
    }

    @Override
    public CodeImportPreview read(Path file, Crosswalk crosswalk) {
        Rows rows = new Rows(String.valueOf(file.getFileName()), crosswalk);
        reader.readFirstSheet(file, rows);
        if (rows.columns.isEmpty()) {
            rows.problem(0, "", Messages.get("sheets.file.emptySheet", rows.sheet));
        } else {
            REQUIRED_COLUMNS.stream().filter(column -> !rows.columns.containsKey(column))
                    .forEach(column -> rows.problem(rows.headerRow, "", Messages.get("sheets.header.missing", column)));
        }
        if (!rows.problems.isEmpty()) {
            return new CodeImportPreview(rows.file, Optional.empty(), rows.problems);
        }
        List<TemplateProblem> templateProblems = new ArrayList<>();
        Optional<CodeOfConduct> code = rows.template.read(templateProblems);
        templateProblems.forEach(problem -> rows.problem(problem.line(),
                CodeSheetTemplate.columnOf(problem.field()).map(rows.columns::get).orElse(""),
                problem.message()));
        return new CodeImportPreview(rows.file, code, rows.problems);
    }

    /** Collects rows as the reader hands them over; one instance per file. */
    private static final class Rows implements SheetReader.RowHandler {
        private final String file;
        private final Map<String, String> columns = new LinkedHashMap<>();
        private final Map<Integer, String> namesByIndex = new HashMap<>();
        private final CodeSheetTemplate template;
        private final List<ImportProblem> problems = new ArrayList<>();
        private String sheet = "";
        private int headerRow;

        Rows(String file, Crosswalk crosswalk) {
            this.file = file;
            this.template = new CodeSheetTemplate(file, crosswalk);
        }

        @Override
        public void sheet(String name) {
            sheet = name;
        }

        @Override
        public void row(SheetRow row) {
            if (columns.isEmpty()) {
                header(row);
                return;
            }
            Map<String, String> values = new HashMap<>();
            for (SheetCell cell : row.cells()) {
                String name = namesByIndex.get(cell.column());
                if (name != null) {
                    value(cell, name).filter(text -> !text.isEmpty()).ifPresent(text -> values.put(name, text));
                }
            }
            if (!values.isEmpty()) {
                template.add(new CodeSheetRow(row.number(), values));
            }
        }

        private void header(SheetRow row) {
            headerRow = row.number();
            for (SheetCell cell : row.cells()) {
                Optional<String> name = CodeSheetTemplate.column(cell.text());
                if (name.isEmpty()) {
                    problem(cell, Messages.get("sheets.header.unknown", CapSheetReader.abbreviated(cell.text()),
                            String.join(", ", CodeSheetTemplate.COLUMNS)));
                } else if (columns.putIfAbsent(name.get(), cell.columnName()) != null) {
                    problem(cell, Messages.get("sheets.header.duplicate", cell.text()));
                } else {
                    namesByIndex.put(cell.column(), name.get());
                }
            }
        }

        private Optional<String> value(SheetCell cell, String column) {
            switch (cell.kind()) {
                case FORMULA -> problem(cell, Messages.get("sheets.cell.formula"));
                case ERROR -> problem(cell, Messages.get("sheets.cell.error", cell.text()));
                case NUMBER, DATE -> {
                    if (column.equals("version")) {
                        problem(cell, Messages.get("sheets.code.versionAsNumber", cell.text()));
                        return Optional.empty();
                    }
                    return Optional.of(cell.kind() == CellKind.DATE ? cell.date().toString() : cell.text());
                }
                case BOOLEAN -> {
                    return Optional.of(cell.text().toLowerCase(Locale.ROOT));
                }
                default -> {
                    return Optional.of(cell.text().strip());
                }
            }
            return Optional.empty();
        }

        private void problem(SheetCell cell, String message) {
            problem(Integer.parseInt(cell.address().replaceAll("\\D", "")), cell.columnName(), message);
        }

        void problem(int row, String column, String message) {
            problems.add(new ImportProblem(file, sheet, row, column, message));
        }
    }
}
