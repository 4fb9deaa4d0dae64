package org.fairaudit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeeRulesTest {
    @Test
    void aCompleteRecordIsValid() {
        assertTrue(FeeRules.validate(FeeExposureTest.fee(12, "1100", "USD", "400", "1500", "MYR")).isEmpty());
    }

    @Test
    void zeroWorkersNegativeAmountsAndUnknownCurrenciesAreNamedByField() {
        List<Violation> violations = FeeRules.validate(FeeExposureTest.fee(0, "-1", "XXY", "-5", null, "ZZZ"));
        assertEquals(List.of(new Violation("workers", "validation.fees.workers"),
                new Violation("amount", "validation.nonNegative"),
                new Violation("currency", "validation.fees.currency"),
                new Violation("repaid", "validation.nonNegative"),
                new Violation("wageCurrency", "validation.fees.currency")), violations);
    }

    @Test
    void repaymentAboveWhatTheGroupPaidIsRefused() {
        assertEquals(List.of(new Violation("repaid", "validation.fees.repaidExceedsPaid")),
                FeeRules.validate(FeeExposureTest.fee(2, "100", "USD", "200.01", null, null)));
    }

    @Test
    void aZeroWageIsRefusedAndAWageNeedsACurrency() {
        assertEquals(List.of(new Violation("wage", "validation.fees.wagePositive"),
                new Violation("wageCurrency", "validation.required")),
                FeeRules.validate(FeeExposureTest.fee(2, "100", "USD", null, "0", null)));
    }

    @Test
    void lowerCaseCurrencyCodesAreNotIso() {
        assertTrue(FeeRules.isIsoCurrency("NPR"));
        assertTrue(!FeeRules.isIsoCurrency("npr"));
    }
}
