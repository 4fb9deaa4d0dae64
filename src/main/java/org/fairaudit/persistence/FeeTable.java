package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.FeeCategory;
import org.fairaudit.domain.RecruitmentFee;

final class FeeTable implements RecordTable<RecruitmentFee> {
    static final FeeTable INSTANCE = new FeeTable();

    static final RowMapper<RecruitmentFee> MAPPER = row -> new RecruitmentFee(row.uuid("id"), row.uuid("supplier_id"),
            row.string("nationality"), row.uuid("agency_id"), row.integer("workers"), row.decimal("amount_per_worker"),
            row.string("currency"), row.enumValue(FeeCategory.class, "category"), row.string("evidence"),
            row.decimal("amount_repaid"), row.decimal("monthly_wage"), row.string("wage_currency"),
            row.longValue("version"));

    @Override
    public String table() {
        return "recruitment_fee";
    }

    @Override
    public UUID id(RecruitmentFee fee) {
        return fee.id();
    }

    @Override
    public long version(RecruitmentFee fee) {
        return fee.version();
    }

    @Override
    public RecruitmentFee withVersion(RecruitmentFee f, long version) {
        return new RecruitmentFee(f.id(), f.supplierId(), f.nationality(), f.agencyId(), f.workers(),
                f.amountPerWorker(), f.currency(), f.category(), f.evidence(), f.amountRepaid(), f.monthlyWage(),
                f.wageCurrency(), version);
    }

    @Override
    public Map<String, Object> columns(RecruitmentFee f) {
        return Columns.of("supplier_id", f.supplierId(), "nationality", f.nationality(), "agency_id", f.agencyId(),
                "workers", f.workers(), "amount_per_worker", f.amountPerWorker(), "currency", f.currency(),
                "category", f.category(), "evidence", f.evidence(), "amount_repaid", f.amountRepaid(),
                "monthly_wage", f.monthlyWage(), "wage_currency", f.wageCurrency());
    }

    @Override
    public Optional<RecruitmentFee> find(Tx tx, UUID id) throws SQLException {
        return tx.one("SELECT * FROM recruitment_fee WHERE id = ?", MAPPER, id);
    }

    List<RecruitmentFee> ofSupplier(Tx tx, UUID supplierId) throws SQLException {
        return tx.list("SELECT * FROM recruitment_fee WHERE supplier_id = ? ORDER BY nationality, category, id",
                MAPPER, supplierId);
    }
}
