package org.fairaudit.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.FormGrid;
import org.fairaudit.ui.main.PassphraseFields;

/** Settings section: whether the database is encrypted, and setting, changing or removing its passphrase. */
public final class EncryptionSection implements SettingsSection {
    private final EncryptionViewModel viewModel;
    private final VBox content;

    public EncryptionSection(EncryptionViewModel viewModel) {
        this.viewModel = viewModel;
        Label state = new Label();
        state.setId("encryptionState");
        state.setWrapText(true);
        state.textProperty().bind(Bindings.when(viewModel.encryptedProperty())
                .then(Messages.get("settings.encryption.on")).otherwise(Messages.get("settings.encryption.off")));

        PasswordField current = new PasswordField();
        current.setId("currentPassphrase");
        current.textProperty().bindBidirectional(viewModel.currentPassphraseProperty());
        FormGrid currentForm = new FormGrid();
        currentForm.add(Messages.get("settings.encryption.current"), current);
        currentForm.visibleProperty().bind(viewModel.encryptedProperty());
        currentForm.managedProperty().bind(currentForm.visibleProperty());
        FormGrid newForm = PassphraseFields.addTo(new FormGrid(), viewModel.next());

        Button apply = new Button();
        apply.setId("applyPassphrase");
        apply.textProperty().bind(Bindings.when(viewModel.encryptedProperty())
                .then(Messages.get("settings.encryption.change")).otherwise(Messages.get("settings.encryption.encrypt")));
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(viewModel.busyProperty().or(viewModel.next().validBinding().not()));
        apply.setOnAction(e -> viewModel.applyNewPassphrase());
        Button remove = new Button(Messages.get("settings.encryption.remove"));
        remove.setId("removePassphrase");
        remove.visibleProperty().bind(viewModel.encryptedProperty());
        remove.disableProperty().bind(viewModel.busyProperty().or(current.textProperty().isEmpty()));
        remove.setOnAction(e -> viewModel.removePassphrase());

        Label warning = new Label(Messages.get("protect.forgetWarning"));
        warning.setWrapText(true);
        warning.getStyleClass().add(AppStyles.MUTED);
        Label outcome = new Label();
        outcome.setId("encryptionOutcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(viewModel.outcomeProperty());
        content = new VBox(10, state, currentForm, newForm, new HBox(10, apply, remove), warning, outcome);
    }

    @Override
    public String titleKey() {
        return "settings.encryption.title";
    }

    @Override
    public Node content() {
        return content;
    }

    @Override
    public void refresh() {
        viewModel.load();
    }
}
