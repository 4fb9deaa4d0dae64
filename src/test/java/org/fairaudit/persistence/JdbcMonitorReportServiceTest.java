package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.MonitorReport;
import org.fairaudit.domain.MonitorReportStatus;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.ReviewEvent;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Scope;
import org.fairaudit.domain.Severity;
import org.fairaudit.domain.Supplier;
import org.fairaudit.service.AccessDeniedException;
import org.fairaudit.service.ActingProfile;
import org.fairaudit.service.LinkedFinding;
import org.fairaudit.service.MonitorReportRow;
import org.fairaudit.service.TransitionRefusedException;
import org.fairaudit.service.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Monitor reports: who may file, read and review them, their review history, and the findings they lead to. */
class JdbcMonitorReportServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final RequirementKey PASSPORTS = new RequirementKey("fair-recruitment", "FR-3");
    static final RequirementKey OVERTIME = new RequirementKey("ilo-fl", "FL-2");

    static final Profile MONITOR_A = new Profile(UUID.randomUUID(), "Union A", Role.MONITOR);
    static final Profile MONITOR_B = new Profile(UUID.randomUUID(), "NGO B", Role.MONITOR);
    static final Profile REVIEWER = new Profile(UUID.randomUUID(), "Claire Reviewer", Role.REVIEWER);
    static final Profile AUDITOR = new Profile(UUID.randomUUID(), "Field Auditor", Role.AUDITOR);

    @TempDir
    Path dir;
    Store store;
    Supplier sunrise;
    Supplier lotus;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        sunrise = store.suppliers.save(Supplier.draft("Sunrise Garments", "MY"));
        lotus = store.suppliers.save(Supplier.draft("Lotus Electronics", "TH"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    JdbcMonitorReportService as(Profile profile) {
        return new JdbcMonitorReportService(store.database, new ActingProfile(profile), store.codes);
    }

    MonitorReport draft(Supplier supplier) {
        MonitorReport draft = MonitorReport.draft(null, TODAY);
        return new MonitorReport(draft.id(), supplier.id(), "Migrant Workers Union", TODAY,
                "Passports kept by the employer", "Statements of 3 workers", 40, List.of(PASSPORTS, OVERTIME),
                Set.of(ForcedLabourIndicator.RESTRICTION_OF_MOVEMENT), "Shop steward K.", "MW-1, MW-2", true,
                MonitorReportStatus.SUBSTANTIATED, UUID.randomUUID(), 0);
    }

    MonitorReport filedByA() {
        return as(MONITOR_A).save(draft(sunrise));
    }

    @Test
    void aFiledReportIsReceivedAndBelongsToItsFilerWhateverTheDraftSaid() {
        MonitorReport filed = filedByA();

        assertThat(filed.status()).isEqualTo(MonitorReportStatus.RECEIVED);
        assertThat(filed.filedBy()).isEqualTo(MONITOR_A.id());
        assertThat(filed.version()).isEqualTo(1);
        assertThat(as(MONITOR_A).find(filed.id())).contains(filed);
        assertThat(filed.requirements()).containsExactly(PASSPORTS, OVERTIME);
        assertThat(filed.confidential()).isTrue();
    }

    @Test
    void aNewDraftIsConfidential() {
        assertThat(MonitorReport.draft(MONITOR_A.id(), TODAY).confidential()).isTrue();
    }

    @Test
    void missingFieldsAreNamed() {
        MonitorReport empty = MonitorReport.draft(null, TODAY);
        assertThatThrownBy(() -> as(MONITOR_A).save(empty)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field())
                        .containsExactlyInAnyOrder("supplierId", "filingOrganisation", "allegation"));
    }

    @Test
    void aMonitorSeesAndReachesOnlyItsOwnReports() {
        MonitorReport ofA = filedByA();
        MonitorReport ofB = as(MONITOR_B).save(draft(lotus));

        assertThat(as(MONITOR_B).list()).extracting(row -> row.report().id()).containsExactly(ofB.id());
        assertThat(as(MONITOR_B).find(ofA.id())).isEmpty();
        assertThatThrownBy(() -> as(MONITOR_B).history(ofA.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(MONITOR_B).attachments(ofA.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(MONITOR_B).linkedFindings(ofA.id())).isInstanceOf(AccessDeniedException.class);
        MonitorReport edited = new MonitorReport(ofA.id(), ofA.supplierId(), "Hijacked", ofA.filedOn(),
                ofA.allegation(), "", null, List.of(), Set.of(), "", "", false, ofA.status(), MONITOR_B.id(),
                ofA.version());
        assertThatThrownBy(() -> as(MONITOR_B).save(edited)).isInstanceOf(AccessDeniedException.class);
        assertThat(as(MONITOR_A).find(ofA.id())).contains(ofA);
    }

    @Test
    void aReviewerReadsEveryReportWithItsSupplier() {
        filedByA();
        as(MONITOR_B).save(draft(lotus));

        assertThat(as(REVIEWER).list()).extracting(MonitorReportRow::supplierName)
                .containsExactlyInAnyOrder("Sunrise Garments", "Lotus Electronics");
    }

    @Test
    void anAuditorNeitherFilesNorReadsNorReviewsReports() {
        MonitorReport filed = filedByA();

        assertThatThrownBy(() -> as(AUDITOR).list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(AUDITOR).save(draft(sunrise))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(AUDITOR).changeStatus(filed.id(), MonitorReportStatus.UNDER_REVIEW, "Why"))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.permission()).isEqualTo(Permission.REVIEW_MONITOR_REPORTS));
    }

    @Test
    void aMonitorCannotReviewEvenItsOwnReport() {
        MonitorReport filed = filedByA();
        assertThatThrownBy(() -> as(MONITOR_A).changeStatus(filed.id(), MonitorReportStatus.SUBSTANTIATED, "Yes"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(MONITOR_A).linkableFindings(filed.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reviewMovesThroughAllowedStatusesAndRecordsWhoAndWhy() {
        MonitorReport filed = filedByA();
        JdbcMonitorReportService reviewer = as(REVIEWER);

        reviewer.changeStatus(filed.id(), MonitorReportStatus.UNDER_REVIEW, "Asked for the gate log");
        MonitorReport decided = reviewer.changeStatus(filed.id(), MonitorReportStatus.NOT_SUBSTANTIATED, "No proof");

        assertThat(decided.status()).isEqualTo(MonitorReportStatus.NOT_SUBSTANTIATED);
        List<ReviewEvent<MonitorReportStatus>> history = as(MONITOR_A).history(filed.id());
        assertThat(history).extracting(ReviewEvent::from, ReviewEvent::to, ReviewEvent::comment,
                        ReviewEvent::reviewerId, ReviewEvent::reviewerName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MonitorReportStatus.RECEIVED,
                                MonitorReportStatus.UNDER_REVIEW, "Asked for the gate log", REVIEWER.id(),
                                "Claire Reviewer"),
                        org.assertj.core.groups.Tuple.tuple(MonitorReportStatus.UNDER_REVIEW,
                                MonitorReportStatus.NOT_SUBSTANTIATED, "No proof", REVIEWER.id(), "Claire Reviewer"));
        assertThat(history).allSatisfy(event -> assertThat(event.at()).isNotNull());
    }

    @Test
    void refusedTransitionsAndBlankCommentsChangeNothing() {
        MonitorReport filed = filedByA();
        JdbcMonitorReportService reviewer = as(REVIEWER);

        assertThatThrownBy(() -> reviewer.changeStatus(filed.id(), MonitorReportStatus.SUBSTANTIATED, "Skip review"))
                .isInstanceOf(TransitionRefusedException.class);
        assertThatThrownBy(() -> reviewer.changeStatus(filed.id(), MonitorReportStatus.UNDER_REVIEW, "  "))
                .isInstanceOf(ValidationException.class);

        assertThat(reviewer.find(filed.id())).contains(filed);
        assertThat(reviewer.history(filed.id())).isEmpty();
    }

    @Test
    void theFilerCanNoLongerEditOnceReviewHasStarted() {
        MonitorReport filed = filedByA();
        as(REVIEWER).changeStatus(filed.id(), MonitorReportStatus.UNDER_REVIEW, "Looking into it");
        MonitorReport current = as(MONITOR_A).find(filed.id()).orElseThrow();

        assertThatThrownBy(() -> as(MONITOR_A).save(current)).isInstanceOf(TransitionRefusedException.class);
    }

    @Test
    void aSubstantiatedReportPrefillsAFindingAndLinksIt() {
        MonitorReport filed = filedByA();
        JdbcMonitorReportService reviewer = as(REVIEWER);
        reviewer.changeStatus(filed.id(), MonitorReportStatus.UNDER_REVIEW, "Checking");

        Finding draft = reviewer.draftFinding(filed.id(), TODAY);
        assertThat(draft.supplierId()).isEqualTo(sunrise.id());
        assertThat(draft.auditId()).isNull();
        assertThat(draft.requirements()).containsExactly(PASSPORTS, OVERTIME);
        assertThat(draft.severity()).isEqualTo(Severity.ZERO_TOLERANCE); // FR-3 is zero tolerance
        assertThat(draft.indicators()).containsExactlyInAnyOrder(ForcedLabourIndicator.RESTRICTION_OF_MOVEMENT,
                ForcedLabourIndicator.RETENTION_OF_IDENTITY_DOCUMENTS, ForcedLabourIndicator.EXCESSIVE_OVERTIME);
        assertThat(draft.workersAffected()).isEqualTo(40);
        assertThat(draft.description()).isEqualTo("Passports kept by the employer");

        Finding saved = store.findings.save(draft);
        store.findings.saveAction(new CorrectiveAction(UUID.randomUUID(), saved.id(), "Return passports", "HR",
                TODAY.plusDays(7), ActionStatus.OPEN, "", null, "", 0));
        assertThatThrownBy(() -> reviewer.linkFinding(filed.id(), saved.id()))
                .isInstanceOf(TransitionRefusedException.class);
        reviewer.changeStatus(filed.id(), MonitorReportStatus.SUBSTANTIATED, "Gate log confirms");
        reviewer.linkFinding(filed.id(), saved.id());

        assertThat(as(MONITOR_A).linkedFindings(filed.id())).containsExactly(new LinkedFinding(saved.id(),
                List.of(PASSPORTS, OVERTIME), Severity.ZERO_TOLERANCE, FindingStatus.OPEN, 1));
        assertThat(reviewer.linkableFindings(filed.id())).isEmpty();
        // the link is a versioned change of the finding; later edits of the finding keep it
        Finding linked = store.findings.find(saved.id()).orElseThrow();
        assertThat(linked.version()).isEqualTo(2);
        store.findings.save(new Finding(linked.id(), linked.supplierId(), null, linked.requirements(),
                linked.severity(), "Edited", "", 40, Scope.SYSTEMIC, linked.indicators(), "", FindingStatus.IN_PROGRESS,
                TODAY, "", linked.version()));
        assertThat(as(MONITOR_A).linkedFindings(filed.id())).extracting(LinkedFinding::status)
                .containsExactly(FindingStatus.IN_PROGRESS);
    }

    @Test
    void onlyFindingsOfTheReportedSupplierCanBeLinked() {
        MonitorReport filed = filedByA();
        JdbcMonitorReportService reviewer = as(REVIEWER);
        reviewer.changeStatus(filed.id(), MonitorReportStatus.UNDER_REVIEW, "Checking");
        reviewer.changeStatus(filed.id(), MonitorReportStatus.SUBSTANTIATED, "Confirmed");
        Finding ofSunrise = store.findings.save(finding(sunrise));
        Finding ofLotus = store.findings.save(finding(lotus));

        assertThat(reviewer.linkableFindings(filed.id())).extracting(Finding::id).containsExactly(ofSunrise.id());
        assertThatThrownBy(() -> reviewer.linkFinding(filed.id(), ofLotus.id()))
                .isInstanceOf(TransitionRefusedException.class);
        reviewer.linkFinding(filed.id(), ofSunrise.id());
        assertThat(reviewer.linkedFindings(filed.id())).extracting(LinkedFinding::findingId)
                .containsExactly(ofSunrise.id());
    }

    static Finding finding(Supplier supplier) {
        return new Finding(UUID.randomUUID(), supplier.id(), null, List.of(PASSPORTS), Severity.MAJOR,
                "Passports kept", "", null, Scope.ISOLATED, Set.of(), "", FindingStatus.OPEN, TODAY, "", 0);
    }

    @Test
    void evidenceFilesBelongToTheReportAndOnlyItsFilerAddsThem() throws Exception {
        MonitorReport filed = filedByA();
        Path photo = Files.writeString(dir.resolve("gate.jpg"), "not really a photo");

        as(MONITOR_A).addAttachment(filed.id(), photo);

        assertThat(as(REVIEWER).attachments(filed.id())).extracting(a -> a.fileName()).containsExactly("gate.jpg");
        UUID attachmentId = as(REVIEWER).attachments(filed.id()).get(0).id();
        assertThat(new String(as(MONITOR_A).attachmentBytes(filed.id(), attachmentId)))
                .isEqualTo("not really a photo");
        assertThatThrownBy(() -> as(MONITOR_B).addAttachment(filed.id(), photo))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(MONITOR_B).attachmentBytes(filed.id(), attachmentId))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(MONITOR_A).attachments(filed.id())).hasSize(1);
    }

    @Test
    void confidentialTextNeverReachesALogThroughTheRecord() {
        assertThat(draft(sunrise).toString()).doesNotContain("Shop steward", "MW-1", "Passports");
    }
}
