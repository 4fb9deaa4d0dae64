package org.fairaudit.ui.settings;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.EnumLabels;
import org.fairaudit.ui.common.FormGrid;
import org.fairaudit.ui.common.TableColumns;
import org.fairaudit.ui.settings.ProfilesViewModel.ProfileRow;

/** Settings section: the profiles, one's own password, and for administrators adding profiles and roles. */
public final class ProfilesSection implements SettingsSection {
    private final ProfilesViewModel viewModel;
    private final VBox content;
    private final TableView<ProfileRow> table = new TableView<>();

    public ProfilesSection(ProfilesViewModel viewModel) {
        this.viewModel = viewModel;
        table.setId("profileTable");
        table.setItems(viewModel.rows());
        table.setPrefHeight(180);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TableColumns.text("settings.profiles.name", row -> row.profile().name()));
        table.getColumns().add(TableColumns.text("settings.profiles.role", row -> Messages.of(row.profile().role())));
        table.getColumns().add(TableColumns.text("settings.profiles.password",
                row -> Messages.get(row.passwordSet() ? "settings.profiles.passwordSet"
                        : "settings.profiles.noPassword")));

        Button ownPassword = new Button(Messages.get("settings.profiles.changeOwn"));
        ownPassword.setId("changeOwnPassword");
        ownPassword.setOnAction(e -> askPassword(viewModel.signedIn(), true));
        Label outcome = new Label();
        outcome.setWrapText(true);
        outcome.textProperty().bind(viewModel.outcomeProperty());
        content = new VBox(10, table, new HBox(10, ownPassword));
        if (viewModel.canManage()) {
            content.getChildren().add(administration());
        }
        content.getChildren().add(outcome);
    }

    private Node administration() {
        ComboBox<Role> role = roles();
        Button changeRole = new Button(Messages.get("settings.profiles.changeRole"));
        changeRole.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        changeRole.setOnAction(e -> viewModel.changeRole(selected(), role.getValue()));
        Button setPassword = new Button(Messages.get("settings.profiles.setPassword"));
        setPassword.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        setPassword.setOnAction(e -> askPassword(selected(), false));

        TextField name = new TextField();
        name.setId("newProfileName");
        name.textProperty().bindBidirectional(viewModel.newNameProperty());
        ComboBox<Role> newRole = roles();
        newRole.valueProperty().bindBidirectional(viewModel.newRoleProperty());
        PasswordField password = new PasswordField();
        password.setId("newProfilePassword");
        Button add = new Button(Messages.get("settings.profiles.add"));
        add.setId("addProfile");
        add.disableProperty().bind(name.textProperty().isEmpty());
        add.setOnAction(e -> {
            char[] typed = password.getText().toCharArray();
            password.clear();
            viewModel.add(typed);
        });
        FormGrid form = new FormGrid();
        form.add(Messages.get("settings.profiles.name"), name);
        form.add(Messages.get("settings.profiles.role"), newRole);
        form.add(Messages.get("settings.profiles.newPassword"), password);
        form.addUnlabelled(add);
        return new VBox(10, new HBox(10, role, changeRole, setPassword),
                new Label(Messages.get("settings.profiles.addHeading")), form);
    }

    private Profile selected() {
        return table.getSelectionModel().getSelectedItem().profile();
    }

    /** One's own password needs the current one; an administrator sets another's without it. */
    private void askPassword(Profile profile, boolean askCurrent) {
        PasswordField current = new PasswordField();
        PasswordField next = new PasswordField();
        PasswordField again = new PasswordField();
        FormGrid form = new FormGrid();
        if (askCurrent) {
            form.add(Messages.get("settings.profiles.currentPassword"), current);
        }
        form.add(Messages.get("settings.profiles.newPassword"), next);
        form.add(Messages.get("settings.profiles.newPasswordAgain"), again);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(content.getScene().getWindow());
        dialog.setTitle(Messages.get("settings.profiles.passwordFor", profile.name()));
        dialog.getDialogPane().setContent(new VBox(10, new Label(Messages.get("settings.profiles.passwordHint")), form));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(next.textProperty().isNotEqualTo(again.textProperty()));
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.OK) {
            viewModel.changePassword(profile, current.getText().toCharArray(), next.getText().toCharArray());
        }
        current.clear();
        next.clear();
        again.clear();
    }

    private static ComboBox<Role> roles() {
        ComboBox<Role> roles = new ComboBox<>();
        roles.getItems().setAll(Role.values());
        roles.setConverter(new EnumLabels<>());
        roles.setValue(Role.AUDITOR);
        return roles;
    }

    @Override
    public String titleKey() {
        return "settings.profiles.title";
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
