package org.fairaudit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Recruitment-fee exposure of a supplier (DESIGN.md §5): fees borne by workers, repaid and still owed, one total per
 * currency, and the largest debt in months of wages. Sums are exact and rounded once, at the end: money HALF_EVEN to
 * 2 decimals, months HALF_EVEN to 1.
 *
 * @param totals     currency → totals, sorted by currency; with exchange rates, the converted currencies are folded
 *                   into the target currency and only currencies without a rate stay apart
 * @param largestDebt the worst group's debt, empty when no group with a known wage still owes anything
 * @param rates      the rates used, to be shown next to the figures; {@code null} when amounts were not converted
 */
public record FeeExposure(Map<String, Totals> totals, Optional<Debt> largestDebt, ExchangeRates rates) {
    public static final int MONEY_SCALE = 2;
    public static final int MONTHS_SCALE = 1;
    /** Division precision before the final rounding. */
    private static final int WORKING_SCALE = 10;

    public FeeExposure {
        totals = Collections.unmodifiableMap(new TreeMap<>(totals));
    }

    public record Totals(BigDecimal borne, BigDecimal repaid, BigDecimal owed) {
        static final Totals ZERO = new Totals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        Totals plus(BigDecimal borneAmount, BigDecimal repaidAmount, BigDecimal owedAmount) {
            return new Totals(borne.add(borneAmount), repaid.add(repaidAmount), owed.add(owedAmount));
        }

        Totals rounded() {
            return new Totals(money(borne), money(repaid), money(owed));
        }
    }

    /** The debt of one worker of the worst group: owed per worker, in months of that group's wage. */
    public record Debt(RecruitmentFee fee, BigDecimal owedPerWorker, String currency, BigDecimal months) {
    }

    public static FeeExposure of(List<RecruitmentFee> fees) {
        return of(fees, null);
    }

    /** @param rates exchange rates to fold currencies into one, or {@code null} to keep every currency apart */
    public static FeeExposure of(List<RecruitmentFee> fees, ExchangeRates rates) {
        Map<String, Totals> totals = new TreeMap<>();
        Debt worst = null;
        for (RecruitmentFee fee : fees) {
            BigDecimal rate = rateOf(rates, fee.currency());
            String currency = rate == null ? fee.currency() : rates.target();
            BigDecimal factor = rate == null ? BigDecimal.ONE : rate;
            totals.merge(currency, Totals.ZERO.plus(fee.totalPaid().multiply(factor), fee.repaid().multiply(factor),
                    fee.owed().multiply(factor)), (a, b) -> a.plus(b.borne(), b.repaid(), b.owed()));
            Debt debt = debt(fee, rates);
            if (debt != null && (worst == null || debt.months().compareTo(worst.months()) > 0)) {
                worst = debt;
            }
        }
        totals.replaceAll((currency, total) -> total.rounded());
        return new FeeExposure(totals, Optional.ofNullable(worst), rates);
    }

    /** Empty when there are no fee records at all. */
    public boolean isEmpty() {
        return totals.isEmpty();
    }

    /** Owed per worker over the monthly wage; {@code null} for an unknown or zero wage, nothing owed, or no group. */
    static Debt debt(RecruitmentFee fee, ExchangeRates rates) {
        if (fee.workers() <= 0 || fee.monthlyWage() == null || fee.monthlyWage().signum() <= 0
                || fee.owed().signum() == 0) {
            return null;
        }
        BigDecimal owedPerWorker = fee.owed().divide(BigDecimal.valueOf(fee.workers()), WORKING_SCALE,
                RoundingMode.HALF_EVEN);
        BigDecimal owedInWageCurrency = owedPerWorker;
        if (!fee.currency().equals(fee.wageCurrency())) {
            // a debt in NPR against a wage in MYR is only comparable through the rates the user gave
            BigDecimal feeRate = rateOf(rates, fee.currency());
            BigDecimal wageRate = rateOf(rates, fee.wageCurrency());
            if (feeRate == null || wageRate == null) {
                return null;
            }
            owedInWageCurrency = owedPerWorker.multiply(feeRate).divide(wageRate, WORKING_SCALE, RoundingMode.HALF_EVEN);
        }
        BigDecimal months = owedInWageCurrency.divide(fee.monthlyWage(), MONTHS_SCALE, RoundingMode.HALF_EVEN);
        return new Debt(fee, money(owedPerWorker), fee.currency(), months);
    }

    private static BigDecimal rateOf(ExchangeRates rates, String currency) {
        return rates == null || currency == null ? null : rates.rate(currency).orElse(null);
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(MONEY_SCALE, RoundingMode.HALF_EVEN);
    }
}
