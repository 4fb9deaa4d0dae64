package org.fairaudit.ui.finding;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.fairaudit.i18n.Messages;

/** A modal dialog around {@link FindingEditorView}: Save validates and commits, Cancel discards. */
public final class FindingDialog {
    private FindingDialog() {
    }

    /** Shows the dialog and waits; true when the finding was saved. */
    public static boolean showAndWait(Window owner, String title, FindingEditorViewModel viewModel) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        FindingEditorView editor = new FindingEditorView(viewModel);
        ButtonType saveType = new ButtonType(Messages.get("finding.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(saveType, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(editor.root());
        dialog.getDialogPane().setPrefSize(900, 720);
        dialog.getDialogPane().setMinWidth(900);
        Button save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.setId("saveFinding");
        save.disableProperty().bind(viewModel.savingProperty());
        // Saving runs in the background: keep the dialog open until it succeeds, so errors can be shown in place.
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.save(() -> {
                dialog.setResult(Boolean.TRUE);
                dialog.close();
            });
        });
        dialog.setResultConverter(button -> button == saveType);
        dialog.setOnShown(event -> editor.firstField().requestFocus());
        return dialog.showAndWait().orElse(false);
    }
}
