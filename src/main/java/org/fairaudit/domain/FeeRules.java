package org.fairaudit.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Validation of recruitment-fee records, shared by the fee editor and the service. */
public final class FeeRules {
    private FeeRules() {
    }

    public static boolean isIsoCurrency(String code) {
        if (code == null || code.length() != 3) {
            return false;
        }
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static List<Violation> validate(RecruitmentFee fee) {
        List<Violation> violations = new ArrayList<>();
        if (isBlank(fee.nationality())) {
            violations.add(new Violation("nationality", "validation.required"));
        } else if (!SupplierRules.isIsoCountry(fee.nationality())) {
            violations.add(new Violation("nationality", "validation.country"));
        }
        // a record of nobody has no debt to show; the group's size is what turns a fee into exposure
        if (fee.workers() < 1) {
            violations.add(new Violation("workers", "validation.fees.workers"));
        }
        if (fee.amountPerWorker() == null) {
            violations.add(new Violation("amount", "validation.required"));
        } else if (fee.amountPerWorker().signum() < 0) {
            violations.add(new Violation("amount", "validation.nonNegative"));
        }
        currency(violations, "currency", fee.currency());
        if (fee.category() == null) {
            violations.add(new Violation("category", "validation.required"));
        }
        if (fee.amountRepaid() != null && fee.amountRepaid().signum() < 0) {
            violations.add(new Violation("repaid", "validation.nonNegative"));
        } else if (fee.amountRepaid() != null && fee.amountPerWorker() != null && fee.workers() > 0
                && fee.amountRepaid().compareTo(fee.totalPaid()) > 0) {
            violations.add(new Violation("repaid", "validation.fees.repaidExceedsPaid"));
        }
        wage(violations, fee.monthlyWage(), fee.wageCurrency());
        return violations;
    }

    /** The wage is optional; when given it is positive (months of wages divide by it) and has a currency. */
    private static void wage(List<Violation> violations, BigDecimal wage, String currency) {
        if (wage == null) {
            if (!isBlank(currency) && !isIsoCurrency(currency)) {
                violations.add(new Violation("wageCurrency", "validation.fees.currency"));
            }
            return;
        }
        if (wage.signum() <= 0) {
            violations.add(new Violation("wage", "validation.fees.wagePositive"));
        }
        currency(violations, "wageCurrency", currency);
    }

    private static void currency(List<Violation> violations, String field, String code) {
        if (isBlank(code)) {
            violations.add(new Violation(field, "validation.required"));
        } else if (!isIsoCurrency(code)) {
            violations.add(new Violation(field, "validation.fees.currency"));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
