package org.fairaudit.service;

import java.util.function.Consumer;
import org.fairaudit.service.PortfolioRows.ActionLine;
import org.fairaudit.service.PortfolioRows.CountryTopicCounts;
import org.fairaudit.service.PortfolioRows.FindingLine;
import org.fairaudit.service.PortfolioRows.SupplierLine;

/**
 * The portfolio's data, streamed: each method hands rows to the consumer one at a time while it reads them, so
 * that no list of all findings or actions is ever held in memory. A consumer may stop the stream by throwing
 * (e.g. {@link java.util.concurrent.CancellationException}).
 */
public interface PortfolioSource {
    /** Rows the findings and CAP sheets will have, for progress. */
    long rowCount(PortfolioFilter filter);

    /** Suppliers sorted by name. */
    void suppliers(PortfolioFilter filter, Consumer<SupplierLine> sink);

    /** Findings by supplier name, then raised date. */
    void findings(PortfolioFilter filter, Consumer<FindingLine> sink);

    /** Corrective actions by supplier name, then due date. */
    void actions(PortfolioFilter filter, Consumer<ActionLine> sink);

    CountryTopicCounts countryTopicCounts(PortfolioFilter filter);
}
