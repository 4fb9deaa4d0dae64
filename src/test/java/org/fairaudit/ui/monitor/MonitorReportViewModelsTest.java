package org.fairaudit.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.domain.MonitorReport;
import org.fairaudit.domain.MonitorReportStatus;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Supplier;
import org.fairaudit.persistence.Database;
import org.fairaudit.persistence.JdbcCodeService;
import org.fairaudit.persistence.JdbcFindingService;
import org.fairaudit.persistence.JdbcMonitorReportService;
import org.fairaudit.persistence.JdbcSupplierService;
import org.fairaudit.service.ActingProfile;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filing form and the review panel without a window, on the real services. */
class MonitorReportViewModelsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final Profile MONITOR = new Profile(UUID.randomUUID(), "Union A", Role.MONITOR);
    static final Profile REVIEWER = new Profile(UUID.randomUUID(), "Claire", Role.REVIEWER);

    @TempDir
    Path dir;
    Database database;
    Supplier supplier;

    @BeforeEach
    void open() {
        database = Database.openH2(dir.resolve("fa"));
        supplier = new JdbcSupplierService(database, new ActingProfile(MONITOR)).save(Supplier.draft("Sunrise", "MY"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    MonitorReportFormViewModel form(Profile profile) {
        ActingProfile profiles = new ActingProfile(profile);
        MonitorReportFormViewModel form = new MonitorReportFormViewModel(reports(profile),
                new JdbcSupplierService(database, profiles),
                new JdbcCodeService(database, List.of(), Crosswalk.EMPTY, List.of(), profiles), profiles,
                new DirectUiExecutor(), CLOCK);
        form.refreshSuppliers();
        return form;
    }

    JdbcMonitorReportService reports(Profile profile) {
        ActingProfile profiles = new ActingProfile(profile);
        return new JdbcMonitorReportService(database, profiles,
                new JdbcCodeService(database, List.of(), Crosswalk.EMPTY, List.of(), profiles));
    }

    @Test
    void aNewReportIsConfidentialDatedTodayAndNeedsSupplierOrganisationAndAllegation() {
        MonitorReportFormViewModel form = form(MONITOR);

        assertThat(form.confidentialProperty().get()).isTrue();
        assertThat(form.filedOnProperty().get()).isEqualTo(TODAY);
        assertThat(form.editableProperty().get()).isTrue();
        form.save(saved -> { });
        assertThat(form.supplierErrorProperty().get()).isEqualTo("Required");
        assertThat(form.organisationErrorProperty().get()).isEqualTo("Required");
        assertThat(form.allegationErrorProperty().get()).isEqualTo("Required");
        assertThat(reports(MONITOR).list()).isEmpty();
    }

    @Test
    void aFiledReportIsStoredAndStaysEditableForItsFilerUntilReviewed() {
        MonitorReportFormViewModel form = form(MONITOR);
        form.supplierProperty().set(form.supplierChoices().get(0));
        form.organisationProperty().set("Union A");
        form.allegationProperty().set("Wages paid late");
        form.workerPseudonymsProperty().set("MW-1");

        form.save(saved -> { });

        MonitorReport stored = reports(MONITOR).list().get(0).report();
        assertThat(stored.confidential()).isTrue();
        assertThat(stored.workerPseudonyms()).isEqualTo("MW-1");
        assertThat(form.storedProperty().get()).isTrue();
        assertThat(form.editableProperty().get()).isTrue();
        assertThat(form.noticeProperty().get()).isEqualTo("Report saved.");

        reports(REVIEWER).changeStatus(stored.id(), MonitorReportStatus.UNDER_REVIEW, "Checking");
        form.show(reports(MONITOR).find(stored.id()).orElseThrow());
        assertThat(form.editableProperty().get()).isFalse();
    }

    @Test
    void aReviewerSeesReportsReadOnlyAndMustCommentEveryStatusChange() {
        MonitorReport filed = reports(MONITOR).save(new MonitorReport(UUID.randomUUID(), supplier.id(), "Union A",
                TODAY, "Passports kept", "", null, List.of(), java.util.Set.of(), "", "", true,
                MonitorReportStatus.RECEIVED, MONITOR.id(), 0));
        assertThat(form(REVIEWER).editableProperty().get()).isFalse();
        ReportReviewViewModel review = new ReportReviewViewModel(reports(REVIEWER),
                new JdbcFindingService(database, new ActingProfile(REVIEWER)), new ActingProfile(REVIEWER),
                new DirectUiExecutor(), CLOCK);
        review.show(filed);
        assertThat(review.targets()).containsExactly(MonitorReportStatus.UNDER_REVIEW);

        review.apply();
        assertThat(review.messageProperty().get()).isEqualTo("A comment is required.");
        assertThat(review.history()).isEmpty();

        review.commentProperty().set("Asked the supplier for the gate log");
        review.apply();
        assertThat(review.history()).singleElement().satisfies(event -> {
            assertThat(event.reviewerName()).isEqualTo("Claire");
            assertThat(event.to()).isEqualTo(MonitorReportStatus.UNDER_REVIEW);
        });
        assertThat(review.targets()).containsExactlyInAnyOrder(MonitorReportStatus.SUBSTANTIATED,
                MonitorReportStatus.NOT_SUBSTANTIATED);
    }

    @Test
    void aMonitorSeesTheHistoryButCannotChangeTheStatus() {
        MonitorReport filed = reports(MONITOR).save(new MonitorReport(UUID.randomUUID(), supplier.id(), "Union A",
                TODAY, "Passports kept", "", null, List.of(), java.util.Set.of(), "", "", true,
                MonitorReportStatus.RECEIVED, MONITOR.id(), 0));
        ReportReviewViewModel review = new ReportReviewViewModel(reports(MONITOR),
                new JdbcFindingService(database, new ActingProfile(MONITOR)), new ActingProfile(MONITOR),
                new DirectUiExecutor(), CLOCK);
        review.show(filed);

        assertThat(review.targets()).isEmpty();
        assertThat(review.canLinkProperty().get()).isFalse();
    }
}
