package org.fairaudit.persistence;

import java.util.List;
import java.util.UUID;
import org.fairaudit.domain.ExchangeRates;
import org.fairaudit.domain.FeeExposure;
import org.fairaudit.domain.FeeRules;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.RecruitmentFee;
import org.fairaudit.service.FeeService;
import org.fairaudit.service.ProfileService;

public final class JdbcFeeService implements FeeService {
    private final Jdbc jdbc;
    private final ProfileService profiles;

    public JdbcFeeService(Database database, ProfileService profiles) {
        this.jdbc = Jdbc.stampedBy(database, profiles);
        this.profiles = profiles;
    }

    @Override
    public List<RecruitmentFee> fees(UUID supplierId) {
        profiles.require(Permission.READ_FEES);
        return jdbc.read(tx -> FeeTable.INSTANCE.ofSupplier(tx, supplierId));
    }

    @Override
    public RecruitmentFee save(RecruitmentFee fee) {
        profiles.require(Permission.EDIT_FEES);
        Validations.requireNone(FeeRules.validate(fee));
        return jdbc.write(tx -> tx.save(FeeTable.INSTANCE, fee));
    }

    @Override
    public void delete(UUID feeId) {
        profiles.require(Permission.EDIT_FEES);
        jdbc.write(tx -> {
            tx.delete(FeeTable.INSTANCE, feeId);
            return null;
        });
    }

    @Override
    public FeeExposure exposure(UUID supplierId, ExchangeRates rates) {
        profiles.require(Permission.READ_FEES);
        return FeeExposure.of(jdbc.read(tx -> FeeTable.INSTANCE.ofSupplier(tx, supplierId)), rates);
    }
}
