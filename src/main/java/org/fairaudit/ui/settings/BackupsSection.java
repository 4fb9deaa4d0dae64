package org.fairaudit.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.BackupFile;
import org.fairaudit.ui.common.BackupLabels;
import org.fairaudit.ui.common.FormGrid;

/** Settings section: backups kept, back up now, and restore a chosen backup after confirmation. */
public final class BackupsSection implements SettingsSection {
    private final BackupsViewModel viewModel;
    private final VBox content;
    private final ListView<BackupFile> list = new ListView<>();
    /** Held here: a bidirectional binding keeps only a weak reference to this adapter. */
    private final javafx.beans.property.ObjectProperty<Integer> keptValue;

    public BackupsSection(BackupsViewModel viewModel) {
        this.viewModel = viewModel;
        Label intro = new Label(Messages.get("settings.backups.intro"));
        intro.setWrapText(true);
        Spinner<Integer> kept = new Spinner<>(1, 1000, 10);
        kept.setId("backupsKept");
        kept.setEditable(true);
        keptValue = viewModel.keptProperty().asObject();
        kept.getValueFactory().valueProperty().bindBidirectional(keptValue);
        FormGrid form = new FormGrid();
        form.add(Messages.get("settings.backups.kept"), kept);

        list.setId("backupList");
        list.setItems(viewModel.backups());
        list.setCellFactory(view -> BackupLabels.cell());
        list.setPrefHeight(200);
        list.setPlaceholder(new Label(Messages.get("settings.backups.none")));

        Button now = new Button(Messages.get("settings.backups.now"));
        now.setId("backUpNow");
        now.disableProperty().bind(viewModel.busyProperty());
        now.setOnAction(e -> viewModel.backUpNow());
        Button restore = new Button(Messages.get("settings.backups.restore"));
        restore.setId("restoreBackup");
        restore.disableProperty().bind(viewModel.busyProperty()
                .or(list.getSelectionModel().selectedItemProperty().isNull()));
        restore.setOnAction(e -> confirmRestore(list.getSelectionModel().getSelectedItem()));

        Label outcome = new Label();
        outcome.setWrapText(true);
        outcome.textProperty().bind(viewModel.outcomeProperty());
        Label failedAtClose = new Label();
        failedAtClose.setId("backupFailedAtClose");
        failedAtClose.setWrapText(true);
        failedAtClose.getStyleClass().add(Styles.DANGER);
        failedAtClose.textProperty().bind(viewModel.failedAtCloseProperty());
        failedAtClose.visibleProperty().bind(viewModel.failedAtCloseProperty().isNotEmpty());
        failedAtClose.managedProperty().bind(failedAtClose.visibleProperty());
        // Brought into view (Settings follows the focus): the status bar sends the user here to act on it.
        viewModel.failedAtCloseProperty().addListener((message, old, text) -> {
            if (!text.isEmpty()) {
                Platform.runLater(now::requestFocus); // after the layout that makes room for the message
            }
        });
        content = new VBox(10, intro, form, list, failedAtClose, new HBox(10, now, restore), outcome);
    }

    /** Restoring replaces every change since the backup: the user confirms, with the passphrase if encrypted. */
    private void confirmRestore(BackupFile backup) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                Messages.get("settings.backups.confirm", BackupLabels.of(backup)), ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(Messages.get("settings.backups.confirmHeader"));
        confirm.initOwner(content.getScene().getWindow());
        PasswordField passphrase = new PasswordField();
        passphrase.setPromptText(Messages.get("rescue.passphrase"));
        if (backup.encrypted()) {
            confirm.getDialogPane().setContent(new VBox(10,
                    new Label(confirm.getContentText()), passphrase));
        }
        Optional<ButtonType> answer = confirm.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.OK) {
            char[] typed = backup.encrypted() ? passphrase.getText().toCharArray() : null;
            passphrase.clear();
            viewModel.restore(backup, typed);
        }
    }

    @Override
    public String titleKey() {
        return "settings.backups.title";
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
