package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.MigrantGroup;
import org.fairaudit.domain.WorkforceProfile;

/** Workforce profiles with their migrant groups (child rows, in the order given). */
final class WorkforceTable implements RecordTable<WorkforceProfile> {
    static final WorkforceTable INSTANCE = new WorkforceTable();

    @Override
    public String table() {
        return "workforce_profile";
    }

    @Override
    public UUID id(WorkforceProfile profile) {
        return profile.id();
    }

    @Override
    public long version(WorkforceProfile profile) {
        return profile.version();
    }

    @Override
    public WorkforceProfile withVersion(WorkforceProfile p, long version) {
        return new WorkforceProfile(p.id(), p.supplierId(), p.asOf(), p.totalWorkers(), p.women(), p.agencyWorkers(),
                p.youngWorkers(), p.inEmployerHousing(), p.migrants(), version);
    }

    @Override
    public Map<String, Object> columns(WorkforceProfile p) {
        return Columns.of("supplier_id", p.supplierId(), "as_of", p.asOf(), "total_workers", p.totalWorkers(),
                "women", p.women(), "agency_workers", p.agencyWorkers(), "young_workers", p.youngWorkers(),
                "in_employer_housing", p.inEmployerHousing());
    }

    @Override
    public Optional<WorkforceProfile> find(Tx tx, UUID id) throws SQLException {
        return first(tx, "SELECT * FROM workforce_profile WHERE id = ?", id);
    }

    Optional<WorkforceProfile> latestOf(Tx tx, UUID supplierId) throws SQLException {
        return first(tx, "SELECT * FROM workforce_profile WHERE supplier_id = ?"
                + " ORDER BY as_of DESC, created_at DESC FETCH FIRST 1 ROWS ONLY", supplierId);
    }

    private Optional<WorkforceProfile> first(Tx tx, String sql, UUID param) throws SQLException {
        Optional<WorkforceProfile> found = tx.one(sql, row -> new WorkforceProfile(row.uuid("id"),
                row.uuid("supplier_id"), row.date("as_of"), row.integer("total_workers"), row.integer("women"),
                row.integer("agency_workers"), row.integer("young_workers"), row.integer("in_employer_housing"),
                List.of(), row.longValue("version")), param);
        if (found.isEmpty()) {
            return found;
        }
        WorkforceProfile p = found.get();
        List<MigrantGroup> migrants = tx.list("SELECT nationality, workers FROM workforce_migrant_group"
                        + " WHERE workforce_id = ? ORDER BY position",
                row -> new MigrantGroup(row.string("nationality"), row.integer("workers")), p.id());
        return Optional.of(new WorkforceProfile(p.id(), p.supplierId(), p.asOf(), p.totalWorkers(), p.women(),
                p.agencyWorkers(), p.youngWorkers(), p.inEmployerHousing(), migrants, p.version()));
    }

    @Override
    public void writeChildren(Tx tx, WorkforceProfile profile, boolean inserted) throws SQLException {
        if (!inserted) {
            tx.update("DELETE FROM workforce_migrant_group WHERE workforce_id = ?", profile.id());
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < profile.migrants().size(); i++) {
            MigrantGroup group = profile.migrants().get(i);
            rows.add(new Object[] {profile.id(), i, group.nationality(), group.workers()});
        }
        tx.insertRows("INSERT INTO workforce_migrant_group (workforce_id, position, nationality, workers)"
                + " VALUES (?, ?, ?, ?)", rows);
    }
}
