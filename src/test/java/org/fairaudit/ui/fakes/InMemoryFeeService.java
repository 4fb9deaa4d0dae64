package org.fairaudit.ui.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fairaudit.domain.ExchangeRates;
import org.fairaudit.domain.FeeExposure;
import org.fairaudit.domain.FeeRules;
import org.fairaudit.domain.RecruitmentFee;
import org.fairaudit.service.FeeService;
import org.fairaudit.service.ValidationException;

/** Fee records in a list, validated like the real service. */
public final class InMemoryFeeService implements FeeService {
    public final List<RecruitmentFee> stored = new ArrayList<>();

    @Override
    public List<RecruitmentFee> fees(UUID supplierId) {
        return stored.stream().filter(f -> f.supplierId().equals(supplierId)).toList();
    }

    @Override
    public RecruitmentFee save(RecruitmentFee fee) {
        if (!FeeRules.validate(fee).isEmpty()) {
            throw new ValidationException(FeeRules.validate(fee));
        }
        stored.removeIf(f -> f.id().equals(fee.id()));
        RecruitmentFee saved = new RecruitmentFee(fee.id(), fee.supplierId(), fee.nationality(), fee.agencyId(),
                fee.workers(), fee.amountPerWorker(), fee.currency(), fee.category(), fee.evidence(),
                fee.amountRepaid(), fee.monthlyWage(), fee.wageCurrency(), fee.version() + 1);
        stored.add(saved);
        return saved;
    }

    @Override
    public void delete(UUID feeId) {
        stored.removeIf(f -> f.id().equals(feeId));
    }

    @Override
    public FeeExposure exposure(UUID supplierId, ExchangeRates rates) {
        return FeeExposure.of(fees(supplierId), rates);
    }
}
