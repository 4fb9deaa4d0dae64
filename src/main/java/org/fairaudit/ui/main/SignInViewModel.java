package org.fairaudit.ui.main;

import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fairaudit.domain.Profile;
import org.fairaudit.service.ProfileAccounts;
import org.fairaudit.service.SignInException;
import org.fairaudit.ui.common.ErrorReporter;
import org.fairaudit.ui.common.UiExecutor;

/**
 * Signing in: choose a profile, give its password when it has one. A refused attempt says so next to the
 * password and keeps the dialog open; hashing takes a moment, so it runs in the background.
 */
public final class SignInViewModel {
    private final ProfileAccounts accounts;
    private final UiExecutor executor;
    private final ErrorReporter errors;

    private final ObservableList<Profile> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> profile = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper passwordAsked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canSignIn;

    public SignInViewModel(ProfileAccounts accounts, UiExecutor executor, ErrorReporter errors) {
        this.accounts = accounts;
        this.executor = executor;
        this.errors = errors;
        canSignIn = profile.isNotNull().and(busy.not());
        profile.addListener((obs, old, chosen) -> {
            refusal.set("");
            passwordAsked.set(false);
            if (chosen != null) {
                executor.submit(() -> accounts.hasPassword(chosen.id()), asked -> {
                    if (chosen.equals(profile.get())) {
                        passwordAsked.set(asked);
                    }
                }, errors::report);
            }
        });
    }

    /** Lists the profiles; the first is chosen. */
    public void load(Runnable then) {
        executor.submit(accounts::signInChoices, found -> {
            choices.setAll(found);
            profile.set(found.isEmpty() ? null : found.get(0));
            then.run();
        }, errors::report);
    }

    /** Signs in as the chosen profile; the password array is wiped by the service. */
    public void signIn(char[] password, Consumer<Profile> onSignedIn) {
        if (!canSignIn.get()) {
            return;
        }
        busy.set(true);
        refusal.set("");
        Profile chosen = profile.get();
        executor.submit(() -> accounts.signIn(chosen.id(), password), signedIn -> {
            busy.set(false);
            onSignedIn.accept(signedIn);
        }, error -> {
            busy.set(false);
            if (error instanceof SignInException) {
                refusal.set(error.getMessage());
            } else {
                errors.report(error);
            }
        });
    }

    public ObservableList<Profile> choices() {
        return choices;
    }

    public ObjectProperty<Profile> profileProperty() {
        return profile;
    }

    public ReadOnlyBooleanProperty passwordAskedProperty() {
        return passwordAsked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canSignInBinding() {
        return canSignIn;
    }
}
