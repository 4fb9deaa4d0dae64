package org.fairaudit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.fairaudit.domain.Announcement;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.AuditType;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.ReviewEvent;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Supplier;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.Services;
import org.fairaudit.ui.common.FxUiExecutor;
import org.fairaudit.ui.common.Theme;
import org.fairaudit.ui.fakes.NoFiles;
import org.fairaudit.ui.fakes.RecordingErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A brand reviewer accepts a submitted audit from the review inbox, on the real stack. */
@ExtendWith(ApplicationExtension.class)
class ReviewInboxTest {
    private static final int WAIT_SECONDS = 20;

    @TempDir
    Path folder;

    private final RecordingErrors errors = new RecordingErrors();
    private AppContext context;
    private FxUiExecutor executor;
    private Audit submitted;

    @Start
    void start(Stage stage) {
        context = AppContext.open(folder.resolve("fairaudit"));
        Services s = context.services();
        s.profiles().createAndUse("Anjali Rao", Role.AUDITOR);
        Supplier supplier = s.suppliers().save(Supplier.draft("Golden Thread Garments", "MY"));
        Audit audit = s.audits().create(supplier.id(), List.of(s.codes().codes().get(0).ref()), AuditType.INITIAL,
                Announcement.ANNOUNCED, LocalDate.now().minusDays(3), LocalDate.now().minusDays(2), "Anjali Rao", "");
        submitted = s.audits().save(new Audit(audit.id(), audit.supplierId(), audit.codes(), audit.type(),
                audit.announcement(), audit.startDate(), audit.endDate(), audit.leadAuditor(), audit.team(),
                AuditStatus.SUBMITTED, audit.interviews(), audit.version()));
        Profile reviewer = s.profiles().createAndUse("Claire Dubois", Role.REVIEWER);
        executor = new FxUiExecutor();
        MainWindowFactory window = new MainWindowFactory(context, executor, errors, new NoFiles(),
                Clock.systemDefaultZone());
        Scene scene = new Scene(window.create(reviewer).root(), 1280, 800);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
        context.close();
    }

    @Test
    void aReviewerAcceptsASubmittedAuditFromTheInbox(FxRobot robot) {
        robot.clickOn(Messages.get("main.nav.reviewInbox"));
        TableView<?> audits = robot.lookup("#inboxAudits").queryAs(TableView.class);
        waitUntil(() -> audits.getItems().size() == 1);

        robot.clickOn("#inboxAudits .table-row-cell");
        robot.clickOn("#auditReviewComment").write("Complete and well evidenced.");
        robot.clickOn("#acceptAudit");

        waitUntil(() -> audits.getItems().isEmpty());
        Services s = context.services();
        assertThat(s.audits().find(submitted.id()).orElseThrow().status()).isEqualTo(AuditStatus.ACCEPTED);
        assertThat(s.review().auditHistory(submitted.id()))
                .extracting(ReviewEvent::to, ReviewEvent::reviewerName, ReviewEvent::comment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditStatus.ACCEPTED, "Claire Dubois",
                        "Complete and well evidenced."));
        assertThat(robot.lookup("#auditReviewMessage").queryLabeled().getText())
                .isEqualTo(Messages.get("review.audit.accepted", "Golden Thread Garments"));
        assertThat(errors.reported).isEmpty();
    }

    @Test
    void returningWithoutACommentIsRefusedOnScreen(FxRobot robot) {
        robot.clickOn(Messages.get("main.nav.reviewInbox"));
        TableView<?> audits = robot.lookup("#inboxAudits").queryAs(TableView.class);
        waitUntil(() -> audits.getItems().size() == 1);

        robot.clickOn("#inboxAudits .table-row-cell");
        robot.clickOn("#returnAudit");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#auditReviewMessage").queryLabeled().getText())
                .isEqualTo(Messages.get("review.comment.requiredForReturn"));
        assertThat(context.services().audits().find(submitted.id()).orElseThrow().status())
                .isEqualTo(AuditStatus.SUBMITTED);
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Not reached within " + WAIT_SECONDS + " s", e);
        }
    }
}
