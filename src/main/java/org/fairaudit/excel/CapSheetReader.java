package org.fairaudit.excel;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.CapField;
import org.fairaudit.service.CapRow;
import org.fairaudit.service.CapSheet;
import org.fairaudit.service.CapSheetSource;
import org.fairaudit.service.ImportProblem;
import org.fairaudit.service.ImportRefusedException;
import org.fairaudit.service.ProgressListener;

/**
 * Reads the Findings &amp; CAP sheet that {@link FindingsSheet} writes, after a supplier or reviewer edited it.
 * Columns are found by their header text (the sheet's own, in the user's language), so moved, added or deleted
 * informational columns do not matter; the hidden id columns must be there. Each cell is checked for its type:
 * statuses are the dropdown labels, dates are date cells or ISO text, text is never a formula.
 */
public final class CapSheetReader implements CapSheetSource {
    private static final int PROGRESS_EVERY_ROWS = 1000;

    private final SheetReader reader;

    public CapSheetReader(SheetReader reader) {
        this.reader = reader;
    }

    @Override
    public CapSheet read(Path file, ProgressListener progress) {
        String sheetName = Messages.get("excel.sheet.findings");
        Rows rows = new Rows(String.valueOf(file.getFileName()), sheetName, progress);
        reader.readSheet(file, sheetName, rows::row);
        if (rows.header == null) {
            throw SheetReader.refused(rows.file, Messages.get("sheets.file.emptySheet", sheetName));
        }
        progress.progress(rows.count, rows.count, Messages.get("sheets.progress.read", rows.count));
        return new CapSheet(rows.file, sheetName, rows.header.idColumn(), rows.header.actionIdColumn(),
                rows.header.letters(), rows.read, rows.problems);
    }

    /** The sheet's first row: where the id columns and each editable column are. */
    private record Header(int idColumnIndex, int actionIdColumnIndex, Map<CapField, Integer> columns) {
        static Header of(SheetRow row, String file, String sheet) {
            Map<String, Integer> byText = new HashMap<>();
            for (SheetCell cell : row.cells()) {
                Integer earlier = byText.putIfAbsent(normal(cell.text()), cell.column());
                if (earlier != null) {
                    throw refused(file, sheet, row.number(), cell.columnName(),
                            Messages.get("sheets.header.duplicate", cell.text()));
                }
            }
            int id = required(byText, "excel.findings.findingId", file, sheet, row.number());
            int actionId = required(byText, "excel.findings.actionId", file, sheet, row.number());
            Map<CapField, Integer> columns = new EnumMap<>(CapField.class);
            for (CapField field : CapField.values()) {
                Integer column = byText.get(normal(field.label()));
                if (column != null) {
                    columns.put(field, column);
                }
            }
            return new Header(id, actionId, columns);
        }

        private static int required(Map<String, Integer> byText, String key, String file, String sheet, int row) {
            Integer column = byText.get(normal(Messages.get(key)));
            if (column == null) {
                throw refused(file, sheet, row, "", Messages.get("sheets.header.missing", Messages.get(key)));
            }
            return column;
        }

        String idColumn() {
            return letters(idColumnIndex);
        }

        String actionIdColumn() {
            return letters(actionIdColumnIndex);
        }

        Map<CapField, String> letters() {
            Map<CapField, String> letters = new EnumMap<>(CapField.class);
            columns.forEach((field, column) -> letters.put(field, letters(column)));
            return letters;
        }

        private static String letters(int column) {
            return org.apache.poi.ss.util.CellReference.convertNumToColString(column);
        }
    }

    /** Collects rows as the reader hands them over; one instance per file. */
    private static final class Rows {
        private final String file;
        private final String sheet;
        private final ProgressListener progress;
        private final List<CapRow> read = new ArrayList<>();
        private final List<ImportProblem> problems = new ArrayList<>();
        private final Map<UUID, Integer> actionRows = new HashMap<>();
        private final StatusLabels<FindingStatus> findingStatuses = StatusLabels.of(FindingStatus.class);
        private final StatusLabels<ActionStatus> actionStatuses = StatusLabels.of(ActionStatus.class);
        private Header header;
        private long count;

        Rows(String file, String sheet, ProgressListener progress) {
            this.file = file;
            this.sheet = sheet;
            this.progress = progress;
        }

        void row(SheetRow row) {
            if (++count % PROGRESS_EVERY_ROWS == 0) {
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
                progress.progress(count, 0, Messages.get("sheets.progress.read", count));
            }
            if (header == null) {
                header = Header.of(row, file, sheet);
                return;
            }
            int mark = problems.size();
            UUID findingId = id(row, header.idColumnIndex(), true);
            UUID actionId = id(row, header.actionIdColumnIndex(), false);
            Integer firstRow = actionId == null ? null : actionRows.putIfAbsent(actionId, row.number());
            if (firstRow != null) {
                problem(row.number(), header.actionIdColumn(), Messages.get("sheets.cap.actionTwice", firstRow));
            }
            Map<CapField, Object> values = new EnumMap<>(CapField.class);
            header.columns().forEach((field, column) -> values.put(field, value(row, field, column)));
            if (problems.size() == mark) {
                read.add(new CapRow(row.number(), findingId, actionId, values));
            }
        }

        private UUID id(SheetRow row, int column, boolean required) {
            SheetCell cell = row.cell(column).orElse(null);
            if (cell == null) {
                if (required) {
                    problem(row.number(), Header.letters(column), Messages.get("sheets.cap.noFindingId"));
                }
                return null;
            }
            try {
                if (cell.kind() == CellKind.TEXT) {
                    return UUID.fromString(cell.text().strip());
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            problem(cell, Messages.get("sheets.cap.badId", abbreviated(cell.text())));
            return null;
        }

        private Object value(SheetRow row, CapField field, int column) {
            SheetCell cell = row.cell(column).orElse(null);
            if (cell == null) {
                return null;
            }
            if (cell.kind() == CellKind.FORMULA) {
                problem(cell, Messages.get("sheets.cell.formula"));
                return null;
            }
            if (cell.kind() == CellKind.ERROR) {
                problem(cell, Messages.get("sheets.cell.error", cell.text()));
                return null;
            }
            return switch (field) {
                case FINDING_STATUS -> status(cell, findingStatuses);
                case ACTION_STATUS -> status(cell, actionStatuses);
                case DUE_DATE, VERIFIED_ON -> date(cell);
                default -> text(cell, field);
            };
        }

        private <E extends Enum<E>> E status(SheetCell cell, StatusLabels<E> statuses) {
            E status = statuses.byLabel().get(normal(cell.text()));
            if (status == null) {
                problem(cell, Messages.get("sheets.cap.unknownStatus", abbreviated(cell.text()),
                        String.join(", ", Labels.all(statuses.type()))));
            }
            return status;
        }

        private LocalDate date(SheetCell cell) {
            if (cell.kind() == CellKind.DATE) {
                return cell.date();
            }
            if (cell.kind() == CellKind.TEXT) {
                String text = cell.text().strip();
                if (text.isEmpty()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            problem(cell, Messages.get("sheets.cell.notDate", abbreviated(cell.text())));
            return null;
        }

        private String text(SheetCell cell, CapField field) {
            String text = cell.text().strip();
            if (text.length() > field.maxLength()) {
                problem(cell, Messages.get("sheets.cell.textTooLong", text.length(), field.maxLength()));
                return null;
            }
            return text.isEmpty() ? null : text;
        }

        private void problem(SheetCell cell, String message) {
            problem(Integer.parseInt(cell.address().replaceAll("\\D", "")), cell.columnName(), message);
        }

        private void problem(int row, String column, String message) {
            problems.add(new ImportProblem(file, sheet, row, column, message));
        }
    }

    /** The statuses of one kind by their label as a cell holds it (any case), looked up once per sheet. */
    private record StatusLabels<E extends Enum<E>>(Class<E> type, Map<String, E> byLabel) {
        static <E extends Enum<E>> StatusLabels<E> of(Class<E> type) {
            Map<String, E> byLabel = new HashMap<>();
            for (E constant : type.getEnumConstants()) {
                byLabel.putIfAbsent(normal(Labels.of(constant)), constant);
            }
            return new StatusLabels<>(type, byLabel);
        }
    }

    private static ImportRefusedException refused(String file, String sheet, int row, String column, String message) {
        return new ImportRefusedException(new ImportProblem(file, sheet, row, column, message));
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** Enough of a value to recognise it; a 1 MB cell must not become a 1 MB message. */
    static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "\u2026";
    }
}
