package org.fairaudit.excel;

import static org.fairaudit.i18n.Messages.get;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Workbook;
import org.fairaudit.domain.FeeExposure;
import org.fairaudit.domain.RecruitmentAgency;
import org.fairaudit.domain.RecruitmentFee;

/** Recruitment fees borne by the supplier's workers, one row per worker group and fee, then the exposure. */
final class FeesSheet {
    private final ReportContext context;

    FeesSheet(ReportContext context) {
        this.context = context;
    }

    void write(Workbook workbook) {
        ReportStyles styles = context.styles();
        TableSheet table = new TableSheet(context.start(workbook.createSheet(get("excel.sheet.fees"))), styles,
                List.of(Column.of("excel.fees.nationality", 18), Column.of("excel.fees.agency", 26),
                        Column.of("excel.fees.workers", 9), Column.of("excel.fees.category", 22),
                        Column.of("excel.fees.perWorker", 13), Column.of("excel.fees.currency", 9),
                        Column.of("excel.fees.paid", 14), Column.of("excel.fees.repaid", 14),
                        Column.of("excel.fees.owed", 14), Column.of("excel.fees.wage", 12),
                        Column.of("excel.fees.wageCurrency", 9), Column.of("excel.fees.evidence", 36)));
        Map<UUID, String> agencies = context.report().agencies().stream()
                .collect(Collectors.toMap(RecruitmentAgency::id, RecruitmentAgency::name, (a, b) -> a));
        for (RecruitmentFee fee : context.report().fees()) {
            table.row().text(Labels.country(fee.nationality()))
                    .text(fee.agencyId() == null ? "" : agencies.getOrDefault(fee.agencyId(), ""))
                    .number(fee.workers())
                    .text(Labels.of(fee.category()))
                    .decimal(fee.amountPerWorker(), styles.money)
                    .text(fee.currency())
                    .decimal(fee.totalPaid(), styles.money)
                    .decimal(fee.repaid(), styles.money)
                    .decimal(fee.owed(), styles.money)
                    .decimal(fee.monthlyWage(), styles.money)
                    .text(fee.wageCurrency())
                    .text(fee.evidence());
        }
        table.finishTable();
        new FeeExposureBlock(styles).write(table.cursor(), FeeExposure.of(context.report().fees()));
        context.progress().row();
    }
}
