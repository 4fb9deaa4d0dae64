package org.fairaudit.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.junit.jupiter.api.Test;

/** The export confirmation's rules, without a window: redacted by default, a checked password otherwise. */
class ExportViewModelTest {
    private static final String TOO_SHORT = "Use a password of at least 8 characters.";
    private static final String MISMATCH = "The passwords do not match.";

    private final UUID auditId = UUID.randomUUID();
    private final Path target = Path.of("target", "test-tmp", "report.xlsx");
    private final RecordingReportService reports = new RecordingReportService();
    private final ExportViewModel export = new ExportViewModel(auditId, reports, new DirectUiExecutor());

    @Test
    void exportIsRedactedUnlessConfidentialFieldsAreTickedIn() {
        assertThat(export.canExportBinding().get()).isTrue();

        export.export(target);

        assertThat(reports.exports).containsExactly(RecordingReportService.Export.redacted(auditId, target));
        assertThat(export.messageProperty().get()).isEqualTo("Report written to " + target);
    }

    @Test
    void includingConfidentialFieldsAsksForAPasswordOfEightCharacters() {
        export.includeConfidentialProperty().set(true);
        assertThat(export.canExportBinding().get()).isFalse();
        assertThat(export.passwordMessage().get()).isEqualTo(TOO_SHORT);

        export.passwordProperty().set("1234567");
        assertThat(export.passwordMessage().get()).isEqualTo(TOO_SHORT);

        export.passwordProperty().set("12345678");
        assertThat(export.passwordMessage().get()).isEmpty();
        assertThat(export.canExportBinding().get()).as("not yet repeated").isFalse();
    }

    @Test
    void theRepeatedPasswordMustMatch() {
        export.includeConfidentialProperty().set(true);
        export.passwordProperty().set("correct horse");
        assertThat(export.confirmationMessage().get()).as("nothing typed yet is no mistake").isEmpty();

        export.passwordConfirmationProperty().set("correct hors");
        assertThat(export.confirmationMessage().get()).isEqualTo(MISMATCH);
        assertThat(export.canExportBinding().get()).isFalse();

        export.passwordConfirmationProperty().set("correct horse");
        assertThat(export.confirmationMessage().get()).isEmpty();
        assertThat(export.canExportBinding().get()).isTrue();
    }

    @Test
    void theServiceGetsThePasswordAndTheFieldsAreClearedAtOnce() {
        typePassword("correct horse");

        export.export(target);

        assertThat(reports.exports).containsExactly(new RecordingReportService.Export(auditId, target, "correct horse"));
        assertThat(export.passwordProperty().get()).isEmpty();
        assertThat(export.passwordConfirmationProperty().get()).isEmpty();
        assertThatThrownBy(() -> reports.handedOver.get(0).password()).as("wiped by the service")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nothingIsExportedWhileThePasswordIsInvalid() {
        export.includeConfidentialProperty().set(true);
        export.passwordProperty().set("short");
        export.passwordConfirmationProperty().set("short");

        export.export(target);

        assertThat(reports.exports).isEmpty();
    }

    @Test
    void untickingGoesBackToARedactedExportWithoutMessages() {
        export.includeConfidentialProperty().set(true);
        export.passwordProperty().set("short");
        export.passwordConfirmationProperty().set("other");

        export.includeConfidentialProperty().set(false);

        assertThat(export.passwordMessage().get()).isEmpty();
        assertThat(export.confirmationMessage().get()).isEmpty();
        export.export(target);
        assertThat(reports.exports).containsExactly(RecordingReportService.Export.redacted(auditId, target));
    }

    @Test
    void resetForgetsTheChoiceAndThePassword() {
        typePassword("correct horse");

        export.reset();

        assertThat(export.includeConfidentialProperty().get()).isFalse();
        assertThat(export.passwordProperty().get()).isEmpty();
        assertThat(export.passwordConfirmationProperty().get()).isEmpty();
    }

    private void typePassword(String password) {
        export.includeConfidentialProperty().set(true);
        export.passwordProperty().set(password);
        export.passwordConfirmationProperty().set(password);
    }
}
