package org.fairaudit.excel;

import static org.fairaudit.i18n.Messages.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.Requirement;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.ResponseResult;
import org.fairaudit.domain.Topic;

/**
 * Audit once, read against many codes: each requirement with findings, a non-compliance or an observation,
 * under the matching heading of every scheme of the crosswalk; then how well each topic was covered.
 */
final class CrosswalkSheet {
    private final ReportContext context;
    private final Crosswalk crosswalk;

    CrosswalkSheet(ReportContext context) {
        this.context = context;
        this.crosswalk = context.report().crosswalk();
    }

    void write(Workbook workbook) {
        String name = get("excel.sheet.crosswalk");
        TableSheet table = new TableSheet(context.start(workbook.createSheet(name)), context.styles(), columns());
        for (CodeOfConduct code : context.report().codes()) {
            code.requirements().forEach(requirement -> {
                RequirementKey key = new RequirementKey(code.id(), requirement.ref());
                if (isReportable(key)) {
                    writeRows(table, key, requirement);
                }
                context.progress().row();
            });
        }
        table.finishTable();
        coverage(table.cursor());
    }

    private List<Column> columns() {
        List<Column> columns = new ArrayList<>(List.of(
                Column.of("excel.crosswalk.topic", 24),
                Column.of("excel.crosswalk.code", 14),
                Column.of("excel.crosswalk.ref", 10),
                Column.of("excel.crosswalk.requirement", 34),
                Column.of("excel.crosswalk.result", 14),
                Column.of("excel.crosswalk.findings", 12)));
        crosswalk.schemes().forEach(scheme -> columns.add(Column.named(scheme, 16)));
        columns.add(Column.of("excel.crosswalk.pillar", 16));
        columns.add(Column.of("excel.crosswalk.ungc", 12));
        return columns;
    }

    private boolean isReportable(RequirementKey key) {
        ResponseResult result = context.index().result(key);
        return !context.index().findings(key).isEmpty()
                || result == ResponseResult.NON_COMPLIANT || result == ResponseResult.OBSERVATION;
    }

    /** One row per topic of the requirement; a requirement without topics still gets a row. */
    private void writeRows(TableSheet table, RequirementKey key, Requirement requirement) {
        List<String> topicIds = requirement.topics().isEmpty() ? List.of("") : requirement.topics();
        ResponseResult result = context.index().result(key);
        String findingRefs = Labels.join(context.index().findings(key).stream().map(context.index()::ref).toList());
        for (String topicId : topicIds) {
            Optional<Topic> topic = crosswalk.topic(topicId);
            RowWriter row = table.row()
                    .text(context.index().topicTitle(topicId))
                    .text(key.codeId()).text(key.ref()).text(requirement.text())
                    .text(Labels.of(result), context.styles().result(result))
                    .text(findingRefs);
            crosswalk.schemes().forEach(scheme -> row.text(topic.map(t -> t.headings().get(scheme)).orElse("")));
            row.text(topic.map(t -> get(t.pillarKey())).orElse(""))
                    .number(topic.map(Topic::ungcPrinciple).orElse(null));
        }
    }

    /** Topic → requirements in the pinned codes, how many were assessed, non-compliant, and their findings. */
    private void coverage(SheetCursor cursor) {
        cursor.heading(get("excel.crosswalk.coverage"));
        cursor.header(List.of(get("excel.crosswalk.topic"), get("excel.crosswalk.coverage.requirements"),
                get("excel.crosswalk.coverage.assessed"), get("excel.crosswalk.coverage.nonCompliant"),
                get("excel.crosswalk.findings")));
        for (Topic topic : crosswalk.topics()) {
            List<RequirementKey> keys = context.report().codes().stream()
                    .flatMap(code -> code.requirements()
                            .filter(requirement -> requirement.topics().contains(topic.id()))
                            .map(requirement -> new RequirementKey(code.id(), requirement.ref())))
                    .toList();
            List<ResponseResult> results = keys.stream().map(context.index()::result).toList();
            long findings = keys.stream().flatMap(key -> context.index().findings(key).stream())
                    .map(Finding::id).distinct().count();
            cursor.row().text(topic.title())
                    .number(keys.size())
                    .number((int) results.stream().filter(ResponseResult::isAssessed).count())
                    .number((int) results.stream().filter(r -> r == ResponseResult.NON_COMPLIANT).count())
                    .number((int) findings);
        }
    }
}
