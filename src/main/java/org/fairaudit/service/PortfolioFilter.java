package org.fairaudit.service;

import java.time.LocalDate;

/**
 * Which part of the portfolio to export. Dates bound when findings were raised (and so their actions) and when rated
 * audits started; the country is the supplier's ISO 3166-1 alpha-2 code. {@code null} means no bound.
 */
public record PortfolioFilter(LocalDate from, LocalDate to, String country) {
    public static final PortfolioFilter ALL = new PortfolioFilter(null, null, null);

    public PortfolioFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException(org.fairaudit.i18n.Messages.get("portfolio.filter.fromAfterTo", from, to));
        }
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
