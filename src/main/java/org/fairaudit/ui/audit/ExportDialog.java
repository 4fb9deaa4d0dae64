package org.fairaudit.ui.audit;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.ConfidentialBadge;
import org.fairaudit.ui.common.FieldDecorations;
import org.fairaudit.ui.finding.FindingStyles;

/**
 * The export confirmation: confidential fields stay out unless ticked in, and then a password, typed twice,
 * encrypts the workbook. Only then is the user asked where to write it. The rules live in {@link ExportViewModel}.
 */
final class ExportDialog {
    private static final double TEXT_WIDTH = 460;

    private final ExportViewModel export;
    private final ButtonType chooseFile =
            new ButtonType(Messages.get("audit.export.chooseFile"), ButtonBar.ButtonData.OK_DONE);
    private final CheckBox includeConfidential = new CheckBox(Messages.get("audit.export.includeConfidential"));
    private final PasswordField password = new PasswordField();
    private final PasswordField confirmation = new PasswordField();

    private ExportDialog(ExportViewModel export) {
        this.export = export;
    }

    /** Asks, then exports to the target that {@code chooseTarget} returns; leaves no password behind if given up. */
    static void show(Window owner, ExportViewModel export, Supplier<Optional<Path>> chooseTarget) {
        export.reset();
        ExportDialog confirmation = new ExportDialog(export);
        boolean confirmed = confirmation.dialog(owner).showAndWait().filter(confirmation.chooseFile::equals).isPresent();
        confirmation.unbind();
        Optional<Path> target = confirmed ? chooseTarget.get() : Optional.empty();
        target.ifPresentOrElse(export::export, export::reset);
    }

    private Dialog<ButtonType> dialog(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("audit.export.title"));
        dialog.setHeaderText(Messages.get("audit.export.title"));
        dialog.getDialogPane().getStylesheets().add(FindingStyles.stylesheet());
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().getButtonTypes().addAll(chooseFile, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(chooseFile).disableProperty().bind(export.canExportBinding().not());
        return dialog;
    }

    /** The ViewModel outlives the dialog: its next dialog must not drive this one's controls. */
    private void unbind() {
        includeConfidential.selectedProperty().unbindBidirectional(export.includeConfidentialProperty());
        password.textProperty().unbindBidirectional(export.passwordProperty());
        confirmation.textProperty().unbindBidirectional(export.passwordConfirmationProperty());
    }

    private Node content() {
        includeConfidential.setId("includeConfidential");
        includeConfidential.setWrapText(true);
        includeConfidential.selectedProperty().bindBidirectional(export.includeConfidentialProperty());
        VBox passwordFields = passwordFields();
        // shown when ticked, but its room is kept: a dialog keeps the size it was shown at
        passwordFields.visibleProperty().bind(includeConfidential.selectedProperty());
        VBox content = new VBox(10, ConfidentialBadge.create(), includeConfidential,
                wrapped(Messages.get("audit.export.confidentialWarning")), passwordFields);
        content.setPrefWidth(TEXT_WIDTH);
        return content;
    }

    private VBox passwordFields() {
        password.setId("exportPassword");
        password.textProperty().bindBidirectional(export.passwordProperty());
        confirmation.setId("exportPasswordConfirmation");
        confirmation.textProperty().bindBidirectional(export.passwordConfirmationProperty());
        FieldDecorations decorations = new FieldDecorations();
        return new VBox(6,
                wrapped(Messages.get("audit.export.encryptionWarning")),
                new Label(Messages.get("audit.export.password")),
                decorations.decorate(password, export.passwordMessage()),
                new Label(Messages.get("audit.export.passwordConfirmation")),
                decorations.decorate(confirmation, export.confirmationMessage()));
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(TEXT_WIDTH);
        return label;
    }
}
