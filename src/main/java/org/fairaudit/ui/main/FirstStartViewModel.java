package org.fairaudit.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.fairaudit.domain.PasswordRule;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Violation;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.DemoDataService;
import org.fairaudit.service.ProfileAccounts;
import org.fairaudit.service.ProfileService;
import org.fairaudit.ui.common.ErrorReporter;
import org.fairaudit.ui.common.FieldErrors;
import org.fairaudit.ui.common.UiExecutor;

/**
 * First start: name the profile every change is stamped with, pick a role, and optionally fill the empty
 * database with demo data so that a newcomer has something to explore.
 */
public final class FirstStartViewModel {
    static final String NAME = "name";
    static final String PASSWORD = "password";

    private final ProfileService profiles;
    private final ProfileAccounts accounts;
    private final DemoDataService demoData;
    private final UiExecutor executor;
    private final ErrorReporter errors;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordAgain = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.AUDITOR);
    private final BooleanProperty loadDemoData = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper demoDataOffered = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final FieldErrors fieldErrors = new FieldErrors(NAME, PASSWORD);
    private final BooleanBinding canStart;

    public FirstStartViewModel(ProfileService profiles, ProfileAccounts accounts, DemoDataService demoData,
                               UiExecutor executor, ErrorReporter errors) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.demoData = demoData;
        this.executor = executor;
        this.errors = errors;
        name.addListener((obs, old, now) -> validate());
        password.addListener((obs, old, now) -> validate());
        passwordAgain.addListener((obs, old, now) -> validate());
        name.set(defaultName());
        canStart = fieldErrors.validProperty().and(busy.not());
    }

    /**
     * Looks up the active profile in the background. When there is none, also learns whether the database is
     * empty, because demo data is only offered for an empty database.
     */
    public void loadCurrentProfile(Consumer<Optional<Profile>> then) {
        executor.submit(() -> new StartState(profiles.current(), demoData.isDatabaseEmpty()), state -> {
            demoDataOffered.set(state.databaseEmpty());
            loadDemoData.set(state.databaseEmpty());
            then.accept(state.profile());
        }, errors::report);
    }

    /** Creates the profile, then loads demo data if asked; {@code onReady} gets the profile once all is done. */
    public void start(Consumer<Profile> onReady) {
        if (!canStart.get()) {
            return;
        }
        busy.set(true);
        String chosenName = name.get().trim();
        Role chosenRole = role.get();
        char[] chosenPassword = password.get().toCharArray();
        password.set("");
        passwordAgain.set("");
        executor.submit(() -> createProfile(chosenName, chosenRole, chosenPassword), profile -> {
            if (loadDemoData.get() && demoDataOffered.get()) {
                createDemoData(profile, onReady);
            } else {
                finish(profile, onReady);
            }
        }, error -> {
            busy.set(false);
            errors.report(error);
        });
    }

    private Profile createProfile(String chosenName, Role chosenRole, char[] chosenPassword) {
        Profile profile = profiles.createAndUse(chosenName, chosenRole);
        if (chosenPassword.length > 0) {
            accounts.changePassword(profile.id(), new char[0], chosenPassword);
        }
        return profile;
    }

    private void createDemoData(Profile profile, Consumer<Profile> onReady) {
        executor.submitWithProgress(Messages.get("main.firstStart.demoTask"), progress -> {
            demoData.createDemoData(progress);
            return profile;
        }, done -> finish(profile, onReady), error -> {
            // The profile exists; a failed or cancelled demo load must not keep the user out of the app.
            errors.report(error);
            finish(profile, onReady);
        });
    }

    private void finish(Profile profile, Consumer<Profile> onReady) {
        busy.set(false);
        onReady.accept(profile);
    }

    /** The password is optional: a laptop used by one auditor may rely on the database passphrase alone. */
    private void validate() {
        List<Violation> violations = new ArrayList<>();
        if (name.get() == null || name.get().isBlank()) {
            violations.add(new Violation(NAME, "validation.required"));
        }
        String typed = password.get();
        if (!PasswordRule.isAcceptable(typed.length())) {
            violations.add(new Violation(PASSWORD, "profile.passwordShort"));
        } else if (!typed.equals(passwordAgain.get())) {
            violations.add(new Violation(PASSWORD, "profile.passwordMismatch"));
        }
        fieldErrors.show(violations);
    }

    private static String defaultName() {
        String user = System.getProperty("user.name");
        return user == null ? "" : user;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordAgainProperty() {
        return passwordAgain;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public BooleanProperty loadDemoDataProperty() {
        return loadDemoData;
    }

    public ReadOnlyBooleanProperty demoDataOfferedProperty() {
        return demoDataOffered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canStartBinding() {
        return canStart;
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }

    private record StartState(Optional<Profile> profile, boolean databaseEmpty) {
    }
}
