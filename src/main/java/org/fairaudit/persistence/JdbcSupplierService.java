package org.fairaudit.persistence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.RecruitmentAgency;
import org.fairaudit.domain.Supplier;
import org.fairaudit.domain.SupplierRules;
import org.fairaudit.domain.WorkforceProfile;
import org.fairaudit.service.ProfileService;
import org.fairaudit.service.SupplierService;

public final class JdbcSupplierService implements SupplierService {
    private final Jdbc jdbc;
    private final ProfileService profiles;

    public JdbcSupplierService(Database database, ProfileService profiles) {
        this.jdbc = Jdbc.stampedBy(database, profiles);
        this.profiles = profiles;
    }

    /**
     * Whether there is no supplier at all: asked at first start, before anyone has signed in, to offer demo data.
     * It reveals nothing about any record, so it needs no permission.
     */
    public boolean isEmpty() {
        return jdbc.read(tx -> tx.count("SELECT COUNT(*) AS n FROM supplier") == 0);
    }

    @Override
    public List<Supplier> search(String text) {
        profiles.require(Permission.READ_SUPPLIERS);
        String pattern = text == null || text.isBlank() ? "%" : Like.containing(text.strip().toLowerCase(Locale.ROOT));
        return jdbc.read(tx -> tx.list("SELECT * FROM supplier WHERE LOWER(name) LIKE ? ESCAPE '\\'"
                        + " OR LOWER(country) LIKE ? ESCAPE '\\' OR LOWER(os_id) LIKE ? ESCAPE '\\'"
                        + " OR LOWER(sector) LIKE ? ESCAPE '\\' ORDER BY LOWER(name), id",
                SupplierTable.MAPPER, pattern, pattern, pattern, pattern));
    }

    @Override
    public Optional<Supplier> find(UUID id) {
        profiles.require(Permission.READ_SUPPLIERS);
        return jdbc.read(tx -> SupplierTable.INSTANCE.find(tx, id));
    }

    @Override
    public Supplier save(Supplier supplier) {
        profiles.require(Permission.EDIT_SUPPLIERS);
        Validations.requireNone(SupplierRules.validate(supplier));
        return jdbc.write(tx -> tx.save(SupplierTable.INSTANCE, supplier));
    }

    @Override
    public Optional<WorkforceProfile> latestWorkforce(UUID supplierId) {
        profiles.require(Permission.READ_SUPPLIERS);
        return jdbc.read(tx -> WorkforceTable.INSTANCE.latestOf(tx, supplierId));
    }

    @Override
    public WorkforceProfile saveWorkforce(WorkforceProfile profile) {
        profiles.require(Permission.EDIT_SUPPLIERS);
        Validations.requireNone(SupplierRules.validate(profile));
        return jdbc.write(tx -> tx.save(WorkforceTable.INSTANCE, profile));
    }

    @Override
    public List<RecruitmentAgency> agencies(UUID supplierId) {
        profiles.require(Permission.READ_SUPPLIERS);
        return jdbc.read(tx -> AgencyTable.INSTANCE.ofSupplier(tx, supplierId));
    }

    @Override
    public RecruitmentAgency saveAgency(RecruitmentAgency agency) {
        profiles.require(Permission.EDIT_SUPPLIERS);
        Validations.requireNone(SupplierRules.validate(agency));
        return jdbc.write(tx -> tx.save(AgencyTable.INSTANCE, agency));
    }

    @Override
    public void deleteAgency(UUID agencyId) {
        profiles.require(Permission.EDIT_SUPPLIERS);
        jdbc.write(tx -> {
            tx.delete(AgencyTable.INSTANCE, agencyId);
            return null;
        });
    }
}
