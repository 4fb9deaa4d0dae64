package org.fairaudit.excel;

import static org.fairaudit.i18n.Messages.get;

import java.math.BigDecimal;
import java.util.Map;
import org.fairaudit.domain.FeeExposure;

/** Recruitment-fee exposure as label/value rows: one line per currency, and the worst debt in months of wages. */
final class FeeExposureBlock {
    private final ReportStyles styles;

    FeeExposureBlock(ReportStyles styles) {
        this.styles = styles;
    }

    void write(SheetCursor cursor, FeeExposure exposure) {
        cursor.heading(get("excel.fees.exposure"));
        if (exposure.isEmpty()) {
            cursor.line(get("excel.fees.none"));
            return;
        }
        cursor.header(java.util.List.of(get("excel.fees.currency"), get("excel.fees.borne"), get("excel.fees.repaid"),
                get("excel.fees.owed")));
        for (Map.Entry<String, FeeExposure.Totals> total : exposure.totals().entrySet()) {
            cursor.row().text(total.getKey(), styles.label)
                    .decimal(total.getValue().borne(), styles.money)
                    .decimal(total.getValue().repaid(), styles.money)
                    .decimal(total.getValue().owed(), styles.money);
        }
        exposure.largestDebt().ifPresentOrElse(debt -> cursor.pair(get("excel.fees.largestDebt"))
                        .decimal(debt.months(), styles.months)
                        .text(get("excel.fees.largestDebt.detail", Labels.country(debt.fee().nationality()),
                                debt.owedPerWorker().toPlainString(), debt.currency()), styles.line),
                () -> cursor.pair(get("excel.fees.largestDebt")).text(get("excel.fees.largestDebt.unknown"), styles.line));
        if (exposure.rates() != null) {
            for (Map.Entry<String, BigDecimal> rate : exposure.rates().perUnit().entrySet()) {
                cursor.line(get("excel.fees.rate", rate.getKey(), rate.getValue().toPlainString(),
                        exposure.rates().target()));
            }
        }
    }
}
