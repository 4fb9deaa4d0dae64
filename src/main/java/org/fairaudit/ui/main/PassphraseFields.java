package org.fairaudit.ui.main;

import javafx.scene.control.PasswordField;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.FieldDecorations;
import org.fairaudit.ui.common.FormGrid;

/** A new passphrase typed twice, with its messages: the form of first start and of Settings. */
public final class PassphraseFields {
    private PassphraseFields() {
    }

    /** Adds the two rows to {@code form}. */
    public static FormGrid addTo(FormGrid form, ProtectionChoiceViewModel viewModel) {
        PasswordField passphrase = new PasswordField();
        passphrase.setId("newPassphrase");
        passphrase.textProperty().bindBidirectional(viewModel.passphraseProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("repeatPassphrase");
        repeat.textProperty().bindBidirectional(viewModel.repeatProperty());
        FieldDecorations decorations = new FieldDecorations();
        form.add(Messages.get("protect.passphrase"), passphrase, decorations.decorate(passphrase,
                viewModel.fieldErrors().messageProperty(ProtectionChoiceViewModel.PASSPHRASE)));
        form.add(Messages.get("protect.repeat"), repeat, decorations.decorate(repeat,
                viewModel.fieldErrors().messageProperty(ProtectionChoiceViewModel.REPEAT)));
        return form;
    }
}
