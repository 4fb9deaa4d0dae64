package org.fairaudit.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What one group of workers at a supplier paid for their recruitment (DESIGN.md §2). Amounts are exact decimals in
 * ISO 4217 currencies; no worker is named.
 *
 * @param agencyId        the supplier's recruitment agency that charged the fee, or {@code null} when unknown
 * @param amountPerWorker what each worker of the group paid
 * @param amountRepaid    total repaid to the whole group, in the fee's currency
 * @param monthlyWage     the group's monthly wage, or {@code null} when unknown
 * @param wageCurrency    currency of the wage, or {@code null} when the wage is unknown
 */
public record RecruitmentFee(
        UUID id,
        UUID supplierId,
        String nationality,
        UUID agencyId,
        int workers,
        BigDecimal amountPerWorker,
        String currency,
        FeeCategory category,
        String evidence,
        BigDecimal amountRepaid,
        BigDecimal monthlyWage,
        String wageCurrency,
        long version) {

    /** What the whole group paid. */
    public BigDecimal totalPaid() {
        return amountPerWorker.multiply(BigDecimal.valueOf(workers));
    }

    public BigDecimal repaid() {
        return amountRepaid == null ? BigDecimal.ZERO : amountRepaid;
    }

    /** Still owed to the group; never negative (a repayment above the fee owes nothing more). */
    public BigDecimal owed() {
        return totalPaid().subtract(repaid()).max(BigDecimal.ZERO);
    }
}
