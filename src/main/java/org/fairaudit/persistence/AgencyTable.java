package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.RecruitmentAgency;

final class AgencyTable implements RecordTable<RecruitmentAgency> {
    static final AgencyTable INSTANCE = new AgencyTable();

    private static final RowMapper<RecruitmentAgency> MAPPER = row -> new RecruitmentAgency(row.uuid("id"),
            row.uuid("supplier_id"), row.string("name"), row.string("country"), row.string("licence_number"),
            row.longValue("version"));

    @Override
    public String table() {
        return "recruitment_agency";
    }

    @Override
    public UUID id(RecruitmentAgency agency) {
        return agency.id();
    }

    @Override
    public long version(RecruitmentAgency agency) {
        return agency.version();
    }

    @Override
    public RecruitmentAgency withVersion(RecruitmentAgency a, long version) {
        return new RecruitmentAgency(a.id(), a.supplierId(), a.name(), a.country(), a.licenceNumber(), version);
    }

    @Override
    public Map<String, Object> columns(RecruitmentAgency a) {
        return Columns.of("supplier_id", a.supplierId(), "name", a.name(), "country", a.country(),
                "licence_number", a.licenceNumber());
    }

    @Override
    public Optional<RecruitmentAgency> find(Tx tx, UUID id) throws SQLException {
        return tx.one("SELECT * FROM recruitment_agency WHERE id = ?", MAPPER, id);
    }

    @Override
    public Map<UUID, RecruitmentAgency> findAll(Tx tx, List<UUID> ids) throws SQLException {
        return RecordTable.findAllRows(tx, table(), ids, MAPPER);
    }

    List<RecruitmentAgency> ofSupplier(Tx tx, UUID supplierId) throws SQLException {
        return tx.list("SELECT * FROM recruitment_agency WHERE supplier_id = ? ORDER BY name, id", MAPPER, supplierId);
    }
}
