package org.fairaudit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FeeExposureTest {
    static RecruitmentFee fee(int workers, String perWorker, String currency, String repaid, String wage,
                              String wageCurrency) {
        return new RecruitmentFee(UUID.randomUUID(), UUID.randomUUID(), "NP", null, workers, new BigDecimal(perWorker),
                currency, FeeCategory.SERVICE_FEES, "receipts", repaid == null ? null : new BigDecimal(repaid),
                wage == null ? null : new BigDecimal(wage), wageCurrency, 0);
    }

    @Test
    void totalsPerCurrencyAreKeptApartAndRoundedHalfEven() {
        FeeExposure exposure = FeeExposure.of(List.of(
                fee(3, "100.005", "USD", "0.01", null, null),
                fee(2, "150000", "NPR", "100000", null, null)));

        assertEquals(List.of("NPR", "USD"), List.copyOf(exposure.totals().keySet()));
        // 3 × 100.005 = 300.015 → 300.02 (HALF_EVEN rounds to the even 2), owed 300.005 → 300.00
        assertEquals(new FeeExposure.Totals(new BigDecimal("300.02"), new BigDecimal("0.01"), new BigDecimal("300.00")),
                exposure.totals().get("USD"));
        assertEquals(new FeeExposure.Totals(new BigDecimal("300000.00"), new BigDecimal("100000.00"),
                new BigDecimal("200000.00")), exposure.totals().get("NPR"));
        assertNull(exposure.rates());
    }

    @Test
    void exchangeRatesFoldCurrenciesIntoTheTargetAndLeaveUnratedOnesApart() {
        ExchangeRates rates = new ExchangeRates("USD", Map.of("NPR", new BigDecimal("0.0075")));
        FeeExposure exposure = FeeExposure.of(List.of(
                fee(2, "150000", "NPR", "100000", null, null),
                fee(1, "500", "USD", null, null, null),
                fee(1, "900", "MYR", null, null, null)), rates);

        assertEquals(new FeeExposure.Totals(new BigDecimal("2750.00"), new BigDecimal("750.00"),
                new BigDecimal("2000.00")), exposure.totals().get("USD"));
        assertEquals(new BigDecimal("900.00"), exposure.totals().get("MYR").owed());
        assertEquals(rates, exposure.rates());
    }

    @Test
    void largestDebtIsTheWorstGroupInMonthsOfItsWage() {
        RecruitmentFee small = fee(10, "300", "USD", "1000", "400", "USD"); // 200 per worker = 0.5 months
        RecruitmentFee large = fee(4, "1400", "USD", "0", "450", "USD"); // 1400 / 450 = 3.11 → 3.1 months
        FeeExposure.Debt debt = FeeExposure.of(List.of(small, large)).largestDebt().orElseThrow();

        assertEquals(large, debt.fee());
        assertEquals(new BigDecimal("3.1"), debt.months());
        assertEquals(new BigDecimal("1400.00"), debt.owedPerWorker());
    }

    @Test
    void monthsRoundHalfEvenToOneDecimal() {
        // 125 / 500 = 0.25 → 0.2 (HALF_EVEN), where HALF_UP would give 0.3
        assertEquals(new BigDecimal("0.2"), FeeExposure.debt(fee(1, "125", "USD", null, "500", "USD"), null).months());
    }

    @Test
    void aDebtInAnotherCurrencyThanTheWageNeedsRatesForBoth() {
        RecruitmentFee fee = fee(1, "150000", "NPR", null, "1500", "MYR");
        assertNull(FeeExposure.debt(fee, null));

        ExchangeRates rates = new ExchangeRates("USD",
                Map.of("NPR", new BigDecimal("0.0075"), "MYR", new BigDecimal("0.21")));
        // 150000 NPR = 1125 USD = 5357.14 MYR = 3.57 months of 1500 MYR
        assertEquals(new BigDecimal("3.6"), FeeExposure.debt(fee, rates).months());
    }

    @Test
    void zeroWorkersZeroWageAndOverRepaymentOweNothingAndShowNoDebt() {
        RecruitmentFee noWorkers = fee(0, "1000", "USD", null, "300", "USD");
        RecruitmentFee zeroWage = fee(5, "1000", "USD", null, "0", "USD");
        RecruitmentFee overRepaid = fee(2, "100", "USD", "250", "300", "USD");

        FeeExposure exposure = FeeExposure.of(List.of(noWorkers, zeroWage, overRepaid));

        assertTrue(exposure.largestDebt().isEmpty());
        assertEquals(new BigDecimal("5200.00"), exposure.totals().get("USD").borne());
        assertEquals(new BigDecimal("250.00"), exposure.totals().get("USD").repaid());
        assertEquals(new BigDecimal("5000.00"), exposure.totals().get("USD").owed());
    }

    @Test
    void noFeesIsAnEmptyExposure() {
        FeeExposure exposure = FeeExposure.of(List.of());
        assertTrue(exposure.isEmpty());
        assertTrue(exposure.largestDebt().isEmpty());
    }
}
