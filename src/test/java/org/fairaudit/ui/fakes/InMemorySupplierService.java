package org.fairaudit.ui.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.fairaudit.domain.RecruitmentAgency;
import org.fairaudit.domain.Supplier;
import org.fairaudit.domain.SupplierRules;
import org.fairaudit.domain.Violation;
import org.fairaudit.domain.WorkforceProfile;
import org.fairaudit.service.ConcurrentEditException;
import org.fairaudit.service.SupplierService;
import org.fairaudit.service.ValidationException;

/** Suppliers kept in maps, with the version check and validation the real service promises. */
public final class InMemorySupplierService implements SupplierService {
    private final Map<UUID, Supplier> suppliers = new LinkedHashMap<>();
    private final Map<UUID, WorkforceProfile> workforce = new LinkedHashMap<>();
    private final Map<UUID, RecruitmentAgency> agencies = new LinkedHashMap<>();
    public final List<String> searches = new ArrayList<>();
    public int saves;

    public Supplier add(String name, String country) {
        Supplier supplier = Supplier.draft(name, country);
        suppliers.put(supplier.id(), supplier);
        return supplier;
    }

    /** Simulates another laptop saving the supplier: its version moves on. */
    public Supplier changeElsewhere(UUID id, String newName) {
        Supplier old = suppliers.get(id);
        Supplier changed = new Supplier(id, newName, old.osId(), old.country(), old.address(), old.sector(),
                old.tier(), old.parentCompany(), old.contact(), old.version() + 1);
        suppliers.put(id, changed);
        return changed;
    }

    @Override
    public List<Supplier> search(String text) {
        searches.add(text);
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return suppliers.values().stream()
                .filter(s -> needle.isEmpty() || Stream.of(s.name(), s.country(), s.osId(), s.sector())
                        .anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).contains(needle)))
                .sorted(Comparator.comparing(Supplier::name))
                .toList();
    }

    @Override
    public Optional<Supplier> find(UUID id) {
        return Optional.ofNullable(suppliers.get(id));
    }

    @Override
    public Supplier save(Supplier supplier) {
        List<Violation> violations = SupplierRules.validate(supplier);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Supplier stored = suppliers.get(supplier.id());
        if (stored != null && stored.version() != supplier.version()) {
            throw new ConcurrentEditException("supplier " + supplier.id());
        }
        Supplier saved = new Supplier(supplier.id(), supplier.name(), supplier.osId(), supplier.country(),
                supplier.address(), supplier.sector(), supplier.tier(), supplier.parentCompany(), supplier.contact(),
                supplier.version() + 1);
        suppliers.put(saved.id(), saved);
        saves++;
        return saved;
    }

    @Override
    public Optional<WorkforceProfile> latestWorkforce(UUID supplierId) {
        return workforce.values().stream().filter(w -> w.supplierId().equals(supplierId))
                .max(Comparator.comparing(WorkforceProfile::asOf));
    }

    @Override
    public WorkforceProfile saveWorkforce(WorkforceProfile profile) {
        WorkforceProfile saved = new WorkforceProfile(profile.id(), profile.supplierId(), profile.asOf(),
                profile.totalWorkers(), profile.women(), profile.agencyWorkers(), profile.youngWorkers(),
                profile.inEmployerHousing(), profile.migrants(), profile.version() + 1);
        workforce.put(saved.id(), saved);
        return saved;
    }

    public List<WorkforceProfile> workforceProfiles() {
        return List.copyOf(workforce.values());
    }

    @Override
    public List<RecruitmentAgency> agencies(UUID supplierId) {
        return agencies.values().stream().filter(a -> a.supplierId().equals(supplierId)).toList();
    }

    @Override
    public RecruitmentAgency saveAgency(RecruitmentAgency agency) {
        RecruitmentAgency saved = new RecruitmentAgency(agency.id(), agency.supplierId(), agency.name(),
                agency.country(), agency.licenceNumber(), agency.version() + 1);
        agencies.put(saved.id(), saved);
        return saved;
    }

    @Override
    public void deleteAgency(UUID agencyId) {
        agencies.remove(agencyId);
    }
}
