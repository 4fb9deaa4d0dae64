package org.fairaudit.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;
import org.fairaudit.domain.AuditReport;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeSection;
import org.fairaudit.domain.Requirement;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Response;
import org.fairaudit.domain.ResponseResult;
import org.fairaudit.i18n.Messages;

/** Every requirement of every pinned code, with the auditor's result, evidence and notes. */
final class ChecklistSheet {
    private final ReportContext context;

    ChecklistSheet(ReportContext context) {
        this.context = context;
    }

    void write(Workbook workbook) {
        AuditReport report = context.report();
        String name = Messages.get("excel.sheet.checklist");
        TableSheet table = new TableSheet(context.start(workbook.createSheet(name)), context.styles(), columns());
        for (CodeOfConduct code : report.codes()) {
            for (CodeSection section : code.sections()) {
                for (Requirement requirement : section.requirements()) {
                    writeRow(table.row(), code, section, requirement);
                    context.progress().row();
                }
            }
        }
        table.finishTable();
    }

    private List<Column> columns() {
        List<Column> columns = new ArrayList<>(List.of(
                Column.of("excel.checklist.code", 16),
                Column.of("excel.checklist.section", 22),
                Column.of("excel.checklist.ref", 8),
                Column.of("excel.checklist.requirement", 50),
                Column.of("excel.checklist.result", 14),
                Column.of("excel.checklist.evidence", 20),
                Column.of("excel.checklist.notes", 40),
                Column.of("excel.checklist.topics", 20),
                Column.of("excel.checklist.references", 18)));
        if (context.confidentialIncluded()) {
            columns.add(Column.of("excel.checklist.interviewNotes", 40));
        }
        return columns;
    }

    private void writeRow(RowWriter row, CodeOfConduct code, CodeSection section, Requirement requirement) {
        RequirementKey key = new RequirementKey(code.id(), requirement.ref());
        Optional<Response> response = context.index().response(key);
        ResponseResult result = context.index().result(key);
        row.text(code.id()).text(section.title()).text(requirement.ref()).text(requirement.text())
                .text(Labels.of(result), context.styles().result(result))
                .text(response.map(r -> Labels.of(r.evidence())).orElse(""))
                .text(response.map(Response::notes).orElse(""))
                .text(Labels.join(requirement.topics().stream().map(context.index()::topicTitle).toList()))
                .text(Labels.join(requirement.references()));
        if (context.confidentialIncluded()) {
            row.text(response.map(Response::interviewNotes).orElse(""));
        }
    }
}
