package org.fairaudit.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.RecruitmentAgency;
import org.fairaudit.domain.Supplier;
import org.fairaudit.domain.WorkforceProfile;

/** Suppliers, their workforce profiles and recruitment agencies. Every save is committed at once. */
public interface SupplierService {
    /** Suppliers whose name, country, OS ID or sector contains {@code text} (case-insensitive); all when blank. Sorted by name. */
    List<Supplier> search(String text);

    Optional<Supplier> find(UUID id);

    /** Inserts or updates; returns the stored record with its new version. @throws ValidationException, ConcurrentEditException */
    Supplier save(Supplier supplier);

    /** The most recent workforce profile. */
    Optional<WorkforceProfile> latestWorkforce(UUID supplierId);

    WorkforceProfile saveWorkforce(WorkforceProfile profile);

    List<RecruitmentAgency> agencies(UUID supplierId);

    RecruitmentAgency saveAgency(RecruitmentAgency agency);

    void deleteAgency(UUID agencyId);
}
