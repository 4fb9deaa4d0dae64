package org.fairaudit.ui.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fairaudit.domain.PasswordRule;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.ProfileAccounts;
import org.fairaudit.service.ProfileService;
import org.fairaudit.service.SignInException;
import org.fairaudit.ui.common.ErrorReporter;
import org.fairaudit.ui.common.UiExecutor;

/**
 * The profiles of this installation: everyone changes their own password; administrators add profiles, change
 * roles and set anyone's password. Password arrays are wiped by the service.
 */
public final class ProfilesViewModel {
    /** A profile as listed: whether it has a password, never the password. */
    public record ProfileRow(Profile profile, boolean passwordSet) {
    }

    private final ProfileService profiles;
    private final ProfileAccounts accounts;
    private final UiExecutor executor;
    private final ErrorReporter errors;
    private final ObservableList<ProfileRow> rows = FXCollections.observableArrayList();
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<Role> newRole = new SimpleObjectProperty<>(Role.AUDITOR);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");

    public ProfilesViewModel(ProfileService profiles, ProfileAccounts accounts, UiExecutor executor,
                             ErrorReporter errors) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.executor = executor;
        this.errors = errors;
    }

    public boolean canManage() {
        return profiles.may(Permission.MANAGE_PROFILES);
    }

    public Profile signedIn() {
        return profiles.current().orElseThrow();
    }

    public void load() {
        executor.submit(() -> {
            List<ProfileRow> listed = new ArrayList<>();
            for (Profile profile : accounts.signInChoices()) {
                listed.add(new ProfileRow(profile, accounts.hasPassword(profile.id())));
            }
            return listed;
        }, rows::setAll, errors::report);
    }

    /** Adds a profile with the name and role typed in; an empty password means none is asked. */
    public void add(char[] password) {
        if (tooShort(password)) {
            return;
        }
        String name = newName.get().strip();
        Role role = newRole.get();
        run(() -> {
            accounts.create(name, role, password);
            return Messages.get("settings.profiles.added", name);
        }, () -> newName.set(""));
    }

    public void changeRole(Profile profile, Role role) {
        run(() -> {
            accounts.changeRole(profile.id(), role);
            return Messages.get("settings.profiles.roleChanged", profile.name(), Messages.of(role));
        }, () -> { });
    }

    /** {@code current} is needed for one's own password unless one manages profiles; empty {@code next} removes it. */
    public void changePassword(Profile profile, char[] current, char[] next) {
        if (tooShort(next)) {
            return;
        }
        run(() -> {
            accounts.changePassword(profile.id(), current, next);
            return Messages.get("settings.profiles.passwordChanged", profile.name());
        }, () -> { });
    }

    /** The same rule as at first start ({@link PasswordRule}). */
    private boolean tooShort(char[] password) {
        if (PasswordRule.isAcceptable(password.length)) {
            return false;
        }
        Arrays.fill(password, '\0');
        outcome.set(Messages.get("profile.passwordShort"));
        return true;
    }

    private void run(Callable<String> work, Runnable afterSuccess) {
        outcome.set("");
        executor.submit(work, done -> {
            outcome.set(done);
            afterSuccess.run();
            load();
        }, error -> {
            if (error instanceof SignInException) {
                outcome.set(Messages.get("settings.profiles.wrongPassword"));
            } else {
                errors.report(error);
            }
        });
    }

    public ObservableList<ProfileRow> rows() {
        return rows;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<Role> newRoleProperty() {
        return newRole;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
