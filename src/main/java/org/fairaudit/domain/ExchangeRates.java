package org.fairaudit.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rates the user gives to show fees in one currency: units of {@code target} for one unit of each other currency.
 * Currencies without a rate are not converted.
 */
public record ExchangeRates(String target, Map<String, BigDecimal> perUnit) {
    public ExchangeRates {
        perUnit = java.util.Collections.unmodifiableMap(new TreeMap<>(perUnit));
        if (perUnit.values().stream().anyMatch(rate -> rate.signum() <= 0)) {
            throw new IllegalArgumentException("Exchange rates must be positive");
        }
    }

    /** The rate from {@code currency} to the target; 1 for the target itself. */
    public Optional<BigDecimal> rate(String currency) {
        return currency.equals(target) ? Optional.of(BigDecimal.ONE) : Optional.ofNullable(perUnit.get(currency));
    }
}
