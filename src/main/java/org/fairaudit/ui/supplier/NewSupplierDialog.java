package org.fairaudit.ui.supplier;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.fairaudit.domain.Supplier;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.SupplierService;
import org.fairaudit.ui.common.ErrorReporter;
import org.fairaudit.ui.common.UiExecutor;

/** The supplier form in a dialog, for screens that pick a supplier and may need to create it first. */
public final class NewSupplierDialog {
    private NewSupplierDialog() {
    }

    /** Shows the empty supplier form and waits; the stored supplier once saved, empty when cancelled. */
    public static Optional<Supplier> showAndWait(Window owner, SupplierService suppliers, UiExecutor executor,
                                                 ErrorReporter errors) {
        SupplierEditorViewModel editor = new SupplierEditorViewModel(suppliers, executor, errors);
        editor.startNew();
        Dialog<Supplier> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("supplier.editor.new"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(new SupplierEditorView(editor).root());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        dialog.getDialogPane().setPrefSize(640, 520);
        dialog.setResultConverter(button -> null);
        editor.setOnSaved(saved -> {
            dialog.setResult(saved);
            dialog.close();
        });
        return dialog.showAndWait();
    }
}
