package org.fairaudit.excel;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.FindingWithActions;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.i18n.Messages;

/**
 * The corrective action plan: one row per action, or one row for a finding without actions, the finding's
 * columns repeated on each of its rows so that filters and sorting keep them together. Finding and action
 * ids sit in the hidden first two columns for the round-trip import; the status columns have dropdowns.
 */
final class FindingsSheet {
    private static final int FINDING_STATUS_COLUMN = 11;
    private static final int ACTION_STATUS_COLUMN = 15;

    private final ReportContext context;

    FindingsSheet(ReportContext context) {
        this.context = context;
    }

    /** Rows this sheet writes: one per action, at least one per finding. */
    static long rowCount(List<FindingWithActions> findings) {
        return findings.stream().mapToLong(f -> Math.max(1, f.actions().size())).sum();
    }

    void write(Workbook workbook) {
        String name = Messages.get("excel.sheet.findings");
        TableSheet table = new TableSheet(context.start(workbook.createSheet(name)), context.styles(), columns());
        for (FindingWithActions entry : context.report().findings()) {
            if (entry.actions().isEmpty()) {
                writeRow(table.row(), entry.finding(), null);
                context.progress().row();
            }
            for (CorrectiveAction action : entry.actions()) {
                writeRow(table.row(), entry.finding(), action);
                context.progress().row();
            }
        }
        table.finishTable();
        if (table.lastRow() > 0) {
            statusDropdown(table.sheet(), FINDING_STATUS_COLUMN, table.lastRow(), FindingStatus.class);
            statusDropdown(table.sheet(), ACTION_STATUS_COLUMN, table.lastRow(), ActionStatus.class);
        }
    }

    private List<Column> columns() {
        List<Column> columns = new ArrayList<>(List.of(
                Column.hidden("excel.findings.findingId"),
                Column.hidden("excel.findings.actionId"),
                Column.of("excel.findings.ref", 8),
                Column.of("excel.findings.requirements", 16),
                Column.of("excel.findings.severity", 15),
                Column.of("excel.findings.description", 40),
                Column.of("excel.findings.evidence", 24),
                Column.of("excel.findings.workersAffected", 10),
                Column.of("excel.findings.scope", 10),
                Column.of("excel.findings.indicators", 18),
                Column.of("excel.findings.rootCause", 22),
                Column.of("excel.findings.status", 13),
                Column.of("excel.findings.action", 32),
                Column.of("excel.findings.owner", 16),
                Column.of("excel.findings.dueDate", 11),
                Column.of("excel.findings.actionStatus", 12),
                Column.of("excel.findings.verificationMethod", 16),
                Column.of("excel.findings.verifiedOn", 11),
                Column.of("excel.findings.verifier", 16),
                Column.of("excel.findings.overdue", 9)));
        if (context.confidentialIncluded()) {
            columns.add(Column.of("excel.findings.pseudonyms", 20));
        }
        return columns;
    }

    /** @param action the action of this row, or {@code null} for a finding without actions */
    private void writeRow(RowWriter row, Finding finding, CorrectiveAction action) {
        ReportStyles styles = context.styles();
        row.text(finding.id().toString())
                .text(action == null ? "" : action.id().toString())
                .text(context.index().ref(finding))
                .text(Labels.join(finding.requirements().stream().map(RequirementKey::toString).toList()))
                .text(Labels.of(finding.severity()), styles.severity(finding.severity()))
                .text(finding.description())
                .text(finding.evidence())
                .number(finding.workersAffected())
                .text(Labels.of(finding.scope()))
                .text(Labels.of(finding.indicators()))
                .text(finding.rootCause())
                .text(Labels.of(finding.status()));
        if (action == null) {
            row.text("").text("").date(null).text("").text("").date(null).text("").text("");
        } else {
            boolean overdue = action.isOverdue(context.reportDate());
            row.text(action.action())
                    .text(action.owner())
                    .date(action.dueDate())
                    .text(Labels.of(action.status()))
                    .text(action.verificationMethod())
                    .date(action.verifiedOn())
                    .text(action.verifier())
                    .text(overdue ? Messages.get("excel.yes") : "", styles.overdue);
        }
        if (context.confidentialIncluded()) {
            row.text(finding.workerPseudonyms());
        }
    }

    private static void statusDropdown(Sheet sheet, int column, int lastRow, Class<? extends Enum<?>> statuses) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(Labels.all(statuses)),
                new CellRangeAddressList(1, lastRow, column, column));
        validation.setShowErrorBox(true);
        // XSSF inverts this flag: true shows the dropdown arrow
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }
}
