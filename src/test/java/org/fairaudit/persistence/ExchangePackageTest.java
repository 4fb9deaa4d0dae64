package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.Announcement;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.AuditType;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.EvidenceSource;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.MigrantGroup;
import org.fairaudit.domain.RecruitmentAgency;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Response;
import org.fairaudit.domain.ResponseResult;
import org.fairaudit.domain.Scope;
import org.fairaudit.domain.Severity;
import org.fairaudit.domain.Supplier;
import org.fairaudit.domain.WorkforceProfile;
import org.fairaudit.exchange.RecordJson;
import org.fairaudit.service.AccessDeniedException;
import org.fairaudit.service.Conflict;
import org.fairaudit.service.ConflictResolution;
import org.fairaudit.service.ImportSummary;
import org.fairaudit.service.PackageCheck;
import org.fairaudit.service.PackageRefusal;
import org.fairaudit.service.PackageRefusedException;
import org.fairaudit.service.PackageSelection;
import org.fairaudit.service.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export on one real H2 database, import on another: round trip, re-import, conflicts and their resolution. */
class ExchangePackageTest {
    @TempDir
    Path dir;
    Installation auditor;
    Installation reviewer;
    Audit audit;
    Finding finding;

    @BeforeEach
    void open() throws Exception {
        auditor = Installation.auditor(dir.resolve("auditor"));
        reviewer = Installation.reviewer(dir.resolve("reviewer"));
        Store a = auditor.store;
        Supplier supplier = a.suppliers.save(new Supplier(UUID.randomUUID(), "Sunrise Garments", null, "MY",
                "Lot 5, Penang", "Garments", 1, "Sunrise Holdings", "hr@sunrise.example", 0));
        a.suppliers.saveWorkforce(new WorkforceProfile(UUID.randomUUID(), supplier.id(), LocalDate.of(2026, 5, 1),
                800, 420, 120, 3, 300, List.of(new MigrantGroup("NP", 210), new MigrantGroup("BD", 95)), 0));
        a.suppliers.saveAgency(new RecruitmentAgency(UUID.randomUUID(), supplier.id(), "Kathmandu Manpower", "NP",
                "L-1234", 0));
        audit = a.audits.create(supplier.id(), List.of(TestCodes.RECRUITMENT.ref()), AuditType.INITIAL,
                Announcement.SEMI_ANNOUNCED, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 6), "A. Lead", "B, C");
        Response first = a.audits.responses(audit.id()).get(0);
        Response answered = a.audits.saveResponse(new Response(first.id(), first.auditId(), first.requirement(),
                ResponseResult.NON_COMPLIANT, Set.of(EvidenceSource.WORKER_INTERVIEWS, EvidenceSource.DOCUMENTS),
                "Fee receipts seen", "W-03 paid 1,200 USD to the agent", first.version()));
        Path receipt = Files.write(dir.resolve("receipt.jpg"), new byte[] {1, 2, 3, 4, 5});
        a.audits.addAttachment(answered.id(), receipt);
        finding = a.findings.save(new Finding(UUID.randomUUID(), supplier.id(), audit.id(),
                List.of(new RequirementKey("fair-recruitment", "FR-1")), Severity.MAJOR,
                "Workers paid recruitment fees", "Receipts", 12, Scope.SYSTEMIC,
                Set.of(ForcedLabourIndicator.DEBT_BONDAGE, ForcedLabourIndicator.RETENTION_OF_IDENTITY_DOCUMENTS),
                "Agent practice", FindingStatus.OPEN, LocalDate.of(2026, 5, 6), "W-03, W-07", 0));
        a.findings.saveAction(new CorrectiveAction(UUID.randomUUID(), finding.id(), "Repay the fees", "HR manager",
                LocalDate.of(2026, 6, 5), ActionStatus.OPEN, "Payroll check", null, null, 0));
    }

    @AfterEach
    void close() {
        auditor.close();
        reviewer.close();
    }

    Path export(Installation from, PackageSelection selection) {
        Path out = dir.resolve(UUID.randomUUID() + ".fapkg");
        from.exchange.exportPackage(selection, out, ProgressListener.NONE);
        return out;
    }

    ImportSummary importInto(Installation to, Path pkg) {
        return to.exchange.importPackage(pkg, true, ProgressListener.NONE);
    }

    @Test
    void roundTripCarriesEveryFieldStampAndAttachment() throws Exception {
        Path pkg = export(auditor, PackageSelection.ofAudit(audit.id(), true));

        ImportSummary summary = importInto(reviewer, pkg);

        assertThat(summary.inserted()).isEqualTo(1 + 1 + 1 + 1 + 3 + 1 + 1 + 1 + 1);
        assertThat(summary.updated() + summary.conflicts() + summary.refused()).isZero();
        for (String table : Installation.EXCHANGED_TABLES) {
            assertThat(reviewer.rows(table, "1, 2")).as(table).isEqualTo(auditor.rows(table, "1, 2"));
        }
        assertThat(reviewer.rows("attachment_content", "sha256").get(0))
                .startsWith(auditor.rows("attachment_content", "sha256").get(0).split(" CREATED_AT")[0]);
        assertThat(reviewer.store.findings.find(finding.id()).orElseThrow().workerPseudonyms()).isEqualTo("W-03, W-07");
        assertThat(new ChangeLog(reviewer.store.database).verify().isIntact()).isTrue();
    }

    @Test
    void confidentialFieldsStayOutUnlessIncluded() {
        Path pkg = export(auditor, PackageSelection.ofSupplier(auditor.store.findings.find(finding.id())
                .orElseThrow().supplierId(), false));

        PackageCheck check = reviewer.exchange.check(pkg);
        importInto(reviewer, pkg);

        assertThat(check.includesConfidential()).isFalse();
        assertThat(check.trusted()).isFalse();
        assertThat(reviewer.store.findings.find(finding.id()).orElseThrow().workerPseudonyms()).isEmpty();
        assertThat(reviewer.store.audits.responses(audit.id()))
                .allSatisfy(r -> assertThat(r.interviewNotes()).isEmpty());
    }

    @Test
    void importingTheSamePackageTwiceChangesNothing() throws Exception {
        Path pkg = export(auditor, PackageSelection.ofAudit(audit.id(), true));
        importInto(reviewer, pkg);
        String afterFirst = reviewer.digestOfAllTables();

        ImportSummary again = importInto(reviewer, pkg);

        assertThat(again.inserted() + again.updated() + again.conflicts()).isZero();
        assertThat(again.unchanged()).isEqualTo(11);
        assertThat(reviewer.digestOfAllTables()).isEqualTo(afterFirst);
    }

    @Test
    void aPackageLargerThanOneInsertBatchArrivesWholeAndAgainChangesNothing() throws Exception {
        int suppliers = Tx.INSERT_BATCH_ROWS; // a supplier and its change-log entry: two insert rows each
        Jdbc.stampedBy(auditor.store.database, auditor.store.profiles).write(tx -> {
            for (int i = 0; i < suppliers; i++) {
                tx.save(SupplierTable.INSTANCE, Supplier.draft("Supplier " + i, "MY"));
            }
            return null;
        });
        Path pkg = export(auditor, new PackageSelection(Set.of(), Set.of(), null, true));

        ImportSummary summary = importInto(reviewer, pkg);
        String afterFirst = reviewer.digestOfAllTables();
        ImportSummary again = importInto(reviewer, pkg);

        assertThat(summary.inserted()).isEqualTo(reviewer.exchange.check(pkg).records());
        assertThat(summary.updated() + summary.conflicts() + summary.refused()).isZero();
        for (String table : Installation.EXCHANGED_TABLES) {
            assertThat(reviewer.rows(table, "1, 2")).as(table).isEqualTo(auditor.rows(table, "1, 2"));
        }
        assertThat(new ChangeLog(reviewer.store.database).verify().isIntact()).isTrue();
        assertThat(again.unchanged()).isEqualTo(summary.inserted());
        assertThat(reviewer.digestOfAllTables()).isEqualTo(afterFirst);
    }

    @Test
    void aPackageWithoutRecordsWritesOnlyThatItWasImported() throws Exception {
        importInto(reviewer, export(auditor, PackageSelection.ofAudit(audit.id(), true)));
        UUID auditorId = new InstallationSettings(auditor.store.database).installationId();
        Path empty = export(reviewer, PackageSelection.changesSinceLastTo(auditorId, true));
        Map<String, List<String>> before = new LinkedHashMap<>();
        for (String table : Installation.EXCHANGED_TABLES) {
            before.put(table, auditor.rows(table, "1, 2"));
        }

        ImportSummary summary = importInto(auditor, empty);

        assertThat(summary).isEqualTo(new ImportSummary(0, 0, 0, 0, 0));
        for (String table : Installation.EXCHANGED_TABLES) {
            assertThat(auditor.rows(table, "1, 2")).as(table).isEqualTo(before.get(table));
        }
        assertThat(auditor.rows("exchange_package", "1")).anyMatch(row -> row.contains("DIRECTION=IN"));
        assertThat(new ChangeLog(auditor.store.database).verify().isIntact()).isTrue();
    }

    @Test
    void photosTravelAsTheyAreAndOtherFilesDeflated() throws Exception {
        byte[] notes = "Dormitory: 12 beds, 1 fan. ".repeat(200).getBytes(StandardCharsets.UTF_8);
        Response response = auditor.store.audits.responses(audit.id()).get(1);
        auditor.store.audits.addAttachment(response.id(), Files.write(dir.resolve("notes.txt"), notes));
        Path pkg = export(auditor, PackageSelection.ofAudit(audit.id(), true));

        try (ZipFile zip = new ZipFile(pkg.toFile())) {
            ZipEntry photo = zip.getEntry("attachments/" + RecordJson.sha256Hex(new byte[] {1, 2, 3, 4, 5}));
            ZipEntry text = zip.getEntry("attachments/" + RecordJson.sha256Hex(notes));
            assertThat(photo.getCompressedSize()).as("a JPEG is not deflated again").isGreaterThanOrEqualTo(
                    photo.getSize());
            assertThat(text.getCompressedSize()).isLessThan(text.getSize() / 10);
        }
        importInto(reviewer, pkg);
        assertThat(reviewer.rows("attachment_content", "sha256")).hasSize(2);
    }

    @Test
    void aChangeOnOneSideIsAppliedWithAVersionAboveBoth() {
        importInto(reviewer, export(auditor, PackageSelection.ofAudit(audit.id(), true)));
        Finding edited = reviewer.store.findings.save(withDescription(
                reviewer.store.findings.find(finding.id()).orElseThrow(), "Fees confirmed by payroll"));

        ImportSummary summary = importInto(auditor, export(reviewer, PackageSelection.ofAudit(audit.id(), true)));

        assertThat(summary.updated()).isEqualTo(1);
        assertThat(summary.conflicts()).isZero();
        Finding arrived = auditor.store.findings.find(finding.id()).orElseThrow();
        assertThat(arrived.description()).isEqualTo("Fees confirmed by payroll");
        assertThat(arrived.version()).isGreaterThanOrEqualTo(edited.version());
    }

    @Test
    void editsOnBothSidesBecomeAConflictUntilMerged() {
        importInto(reviewer, export(auditor, PackageSelection.ofAudit(audit.id(), true)));
        reviewer.store.findings.save(withDescription(reviewer.store.findings.find(finding.id()).orElseThrow(),
                "Reviewer: fees confirmed"));
        auditor.store.findings.save(withDescription(auditor.store.findings.find(finding.id()).orElseThrow(),
                "Auditor: fees repaid in part"));
        Path second = export(auditor, PackageSelection.ofAudit(audit.id(), true));

        ImportSummary summary = importInto(reviewer, second);

        assertThat(summary.conflicts()).isEqualTo(1);
        assertThat(reviewer.store.findings.find(finding.id()).orElseThrow().description())
                .isEqualTo("Reviewer: fees confirmed");
        Conflict conflict = reviewer.exchange.conflicts().get(0);
        assertThat(conflict.recordId()).isEqualTo(finding.id());
        assertThat(conflict.fields()).filteredOn(Conflict.Field::differs).singleElement()
                .satisfies(field -> {
                    assertThat(field.name()).isEqualTo("description");
                    assertThat(field.mine()).isEqualTo("Reviewer: fees confirmed");
                    assertThat(field.theirs()).isEqualTo("Auditor: fees repaid in part");
                    assertThat(field.text()).isTrue();
                });
        assertThat(importInto(reviewer, second).conflicts()).isEqualTo(1);
        assertThat(reviewer.exchange.conflicts()).hasSize(1);

        reviewer.exchange.resolve(conflict.id(), ConflictResolution.MERGE,
                Map.of("description", "Fees confirmed; repaid in part"));

        assertThat(reviewer.exchange.conflicts()).isEmpty();
        assertThat(reviewer.store.findings.find(finding.id()).orElseThrow().description())
                .isEqualTo("Fees confirmed; repaid in part");
        ImportSummary afterResolution = importInto(reviewer, second);
        assertThat(afterResolution.conflicts() + afterResolution.updated()).isZero();
        importInto(auditor, export(reviewer, PackageSelection.ofAudit(audit.id(), true)));
        assertThat(auditor.store.findings.find(finding.id()).orElseThrow().description())
                .isEqualTo("Fees confirmed; repaid in part");
        assertThat(new ChangeLog(reviewer.store.database).verify().isIntact()).isTrue();
    }

    @Test
    void takingTheirsReplacesMineAndKeepingMineLeavesItAsItIs() {
        importInto(reviewer, export(auditor, PackageSelection.ofAudit(audit.id(), true)));
        reviewer.store.findings.save(withDescription(reviewer.store.findings.find(finding.id()).orElseThrow(),
                "mine"));
        auditor.store.findings.save(withDescription(auditor.store.findings.find(finding.id()).orElseThrow(),
                "theirs"));
        importInto(reviewer, export(auditor, PackageSelection.ofAudit(audit.id(), true)));

        reviewer.exchange.resolve(reviewer.exchange.conflicts().get(0).id(), ConflictResolution.TAKE_THEIRS, Map.of());

        assertThat(reviewer.store.findings.find(finding.id()).orElseThrow().description()).isEqualTo("theirs");
        auditor.store.findings.save(withDescription(auditor.store.findings.find(finding.id()).orElseThrow(),
                "theirs again"));
        reviewer.store.findings.save(withDescription(reviewer.store.findings.find(finding.id()).orElseThrow(),
                "mine again"));
        importInto(reviewer, export(auditor, PackageSelection.ofAudit(audit.id(), true)));
        reviewer.exchange.resolve(reviewer.exchange.conflicts().get(0).id(), ConflictResolution.KEEP_MINE, Map.of());
        assertThat(reviewer.store.findings.find(finding.id()).orElseThrow().description()).isEqualTo("mine again");
    }

    @Test
    void changesSinceTheLastPackageToAnInstallationLeaveOutWhatItHas() throws Exception {
        Path first = export(auditor, PackageSelection.ofAudit(audit.id(), true));
        UUID reviewerId = new InstallationSettings(reviewer.store.database).installationId();
        UUID auditorId = new InstallationSettings(auditor.store.database).installationId();
        importInto(reviewer, first);
        Path back = export(reviewer, PackageSelection.changesSinceLastTo(auditorId, true));
        assertThat(auditor.exchange.check(back).records()).as("nothing the auditor lacks").isZero();

        reviewer.store.findings.save(withDescription(reviewer.store.findings.find(finding.id()).orElseThrow(),
                "changed"));
        Path changes = export(reviewer, PackageSelection.changesSinceLastTo(auditorId, true));

        assertThat(auditor.exchange.check(changes).records()).isEqualTo(2); // the finding and its editor
        assertThat(reviewer.exchange.peers()).extracting(p -> p.installationId()).containsExactly(auditorId);
        assertThat(reviewerId).isNotEqualTo(auditorId);
    }

    @Test
    void aSignerNotTrustedYetIsRefusedWithItsFingerprintAndNothingIsWritten() throws Exception {
        Path pkg = export(auditor, PackageSelection.ofAudit(audit.id(), false));
        String before = reviewer.digestOfAllTables();

        assertThatThrownBy(() -> reviewer.exchange.importPackage(pkg, false, ProgressListener.NONE))
                .isInstanceOf(PackageRefusedException.class)
                .hasMessageContaining(reviewer.exchange.check(pkg).fingerprint())
                .extracting(e -> ((PackageRefusedException) e).reason()).isEqualTo(PackageRefusal.UNTRUSTED_SIGNER);
        assertThat(reviewer.digestOfAllTables()).isEqualTo(before);
    }

    @Test
    void aPackageSignedWithAnotherKeyForATrustedInstallationIsRefused() throws Exception {
        importInto(reviewer, export(auditor, PackageSelection.ofAudit(audit.id(), false)));
        Files.delete(dir.resolve("auditor").resolve("fairaudit.signing-key")); // a new key for the same id
        Path pkg = export(auditor, PackageSelection.ofAudit(audit.id(), false));
        String before = reviewer.digestOfAllTables();

        assertThatThrownBy(() -> importInto(reviewer, pkg)).isInstanceOf(PackageRefusedException.class)
                .extracting(e -> ((PackageRefusedException) e).reason()).isEqualTo(PackageRefusal.KEY_CHANGED);
        assertThat(reviewer.digestOfAllTables()).isEqualTo(before);
    }

    @Test
    void resolvingConflictsNeedsItsPermission() {
        assertThatThrownBy(() -> auditor.exchange.conflicts()).isInstanceOf(AccessDeniedException.class);
    }

    static Finding withDescription(Finding f, String description) {
        return new Finding(f.id(), f.supplierId(), f.auditId(), f.requirements(), f.severity(), description,
                f.evidence(), f.workersAffected(), f.scope(), f.indicators(), f.rootCause(), f.status(), f.raisedOn(),
                f.workerPseudonyms(), f.version());
    }
}
