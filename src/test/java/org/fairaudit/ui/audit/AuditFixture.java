package org.fairaudit.ui.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.Announcement;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.ReviewEvent;
import org.fairaudit.domain.AuditType;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeRef;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Supplier;
import org.fairaudit.service.CodeService;
import org.fairaudit.service.ProfileService;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.fairaudit.ui.exchange.PackageExports;
import org.fairaudit.ui.fakes.FakeExchange;
import org.fairaudit.ui.fakes.InMemorySupplierService;
import org.fairaudit.ui.fakes.NoFiles;
import org.fairaudit.ui.finding.InMemoryFindingService;

/** Services with one supplier, one code and one audit in progress, on a fixed day. */
final class AuditFixture {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    final Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    final InMemorySupplierService suppliers = new InMemorySupplierService();
    final Supplier supplier = suppliers.add("Golden Thread Garments", "MY");
    final CodeOfConduct code = TestCodes.fairRecruitment();
    final InMemoryFindingService findings = new InMemoryFindingService(id -> supplier.name());
    final InMemoryAuditService audits = new InMemoryAuditService(List.of(code), findings, Map.of(supplier.id(), supplier.name()));
    final RecordingReportService reports = new RecordingReportService();
    /** What the reviewer did to the audit, as {@code ReviewService.auditHistory} returns it. */
    final List<ReviewEvent<AuditStatus>> reviewEvents = new ArrayList<>();
    final ReviewHistory reviewHistory = auditId -> List.copyOf(reviewEvents);
    final CodeService codes = new FixedCodes(List.of(code));
    final ProfileService profiles = new FixedProfile("Amina Rahman");
    final DirectUiExecutor executor = new DirectUiExecutor();
    final Audit audit = audits.create(supplier.id(), List.of(code.ref()), AuditType.INITIAL, Announcement.UNANNOUNCED,
            TODAY, TODAY.plusDays(1), "Amina Rahman", "Li Wei");

    /** Checklist dependencies whose debounces the test ends by hand. */
    ChecklistDependencies deps(List<ManualDebounce> debounces) {
        return new ChecklistDependencies(audits, suppliers, findings, reviewHistory, reports, executor, clock,
                new NoFiles(), packages(), () -> {
            ManualDebounce debounce = new ManualDebounce();
            debounces.add(debounce);
            return debounce;
        });
    }

    /** "Export package…" offered (the profile may export) on a fake exchange service. */
    PackageExports packages() {
        return new PackageExports(new FakeExchange(), profiles, executor, new NoFiles());
    }

    static final class FixedCodes implements CodeService {
        private final List<CodeOfConduct> all;

        FixedCodes(List<CodeOfConduct> all) {
            this.all = all;
        }

        @Override
        public List<CodeOfConduct> codes() {
            return all;
        }

        @Override
        public Optional<CodeOfConduct> code(CodeRef ref) {
            return all.stream().filter(c -> c.ref().equals(ref)).findFirst();
        }

        @Override
        public Crosswalk crosswalk() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> templateProblems() {
            return List.of();
        }

        @Override
        public void add(CodeOfConduct code) {
            throw new UnsupportedOperationException();
        }
    }

    static final class FixedProfile implements ProfileService {
        private final Profile profile;

        FixedProfile(String name) {
            profile = new Profile(UUID.randomUUID(), name, Role.AUDITOR);
        }

        @Override
        public Optional<Profile> current() {
            return Optional.of(profile);
        }

        @Override
        public Profile createAndUse(String name, Role role) {
            throw new UnsupportedOperationException();
        }
    }
}
