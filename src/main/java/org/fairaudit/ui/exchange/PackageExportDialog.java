package org.fairaudit.ui.exchange;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.ConfidentialBadge;

/** Asks whether confidential fields go with the package (off by default), then where to write it. */
final class PackageExportDialog {
    private static final double TEXT_WIDTH = 460;

    private final ButtonType chooseFile =
            new ButtonType(Messages.get("exchange.export.chooseFile"), ButtonBar.ButtonData.OK_DONE);
    private final CheckBox includeConfidential =
            new CheckBox(Messages.get("exchange.export.includeConfidential"));

    private PackageExportDialog() {
    }

    static void show(Window owner, PackageExportViewModel export, PackageScope scope,
                     Supplier<Optional<Path>> chooseTarget) {
        export.reset();
        PackageExportDialog confirmation = new PackageExportDialog();
        confirmation.includeConfidential.selectedProperty().bindBidirectional(export.includeConfidentialProperty());
        boolean confirmed = confirmation.dialog(owner).showAndWait()
                .filter(confirmation.chooseFile::equals).isPresent();
        // the ViewModel outlives the dialog: its next dialog must not drive this one's check box
        confirmation.includeConfidential.selectedProperty()
                .unbindBidirectional(export.includeConfidentialProperty());
        Optional<Path> target = confirmed ? chooseTarget.get() : Optional.empty();
        target.ifPresentOrElse(path -> export.export(scope, path), export::reset);
    }

    private Dialog<ButtonType> dialog(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("exchange.export.title"));
        dialog.setHeaderText(Messages.get("exchange.export.title"));
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().getButtonTypes().addAll(chooseFile, ButtonType.CANCEL);
        return dialog;
    }

    private Node content() {
        includeConfidential.setId("packageIncludeConfidential");
        includeConfidential.setWrapText(true);
        Label notEncrypted = wrapped(Messages.get("exchange.export.notEncrypted"));
        // shown when ticked, but its room is kept: a dialog keeps the size it was shown at
        notEncrypted.visibleProperty().bind(includeConfidential.selectedProperty());
        VBox content = new VBox(10, ConfidentialBadge.create(), includeConfidential,
                wrapped(Messages.get("audit.export.confidentialWarning")), notEncrypted);
        content.setPrefWidth(TEXT_WIDTH);
        return content;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(TEXT_WIDTH);
        return label;
    }
}
