package org.fairaudit.service;

import java.util.List;
import java.util.UUID;
import org.fairaudit.domain.ExchangeRates;
import org.fairaudit.domain.FeeExposure;
import org.fairaudit.domain.RecruitmentFee;

/** Recruitment fees paid by a supplier's workers (Employer Pays). Every save is committed at once. */
public interface FeeService {
    /** The supplier's fee records, by nationality and category. */
    List<RecruitmentFee> fees(UUID supplierId);

    /** Inserts or updates; returns the stored record with its new version. @throws ValidationException, ConcurrentEditException */
    RecruitmentFee save(RecruitmentFee fee);

    void delete(UUID feeId);

    /** @param rates exchange rates to show one currency, or {@code null} for one total per currency */
    FeeExposure exposure(UUID supplierId, ExchangeRates rates);
}
