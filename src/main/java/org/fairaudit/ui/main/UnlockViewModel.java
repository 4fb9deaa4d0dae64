package org.fairaudit.ui.main;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.UiExecutor;

/**
 * Start of an encrypted database: the passphrase opens it in the background. A wrong one says so and leaves
 * three more tries; after the last the application quits. The passphrase is wiped after each try.
 *
 * @param <T> what opening gives (the application's context)
 */
public final class UnlockViewModel<T> {
    /** The first try and three more. */
    static final int TRIES = 4;

    private final Function<char[], T> open;
    private final Predicate<Throwable> wrongPassphrase;
    private final UiExecutor executor;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int triesLeft = TRIES;

    /**
     * @param open            opens the database with a passphrase (runs in the background)
     * @param wrongPassphrase tells a wrong passphrase apart from other failures
     */
    public UnlockViewModel(Function<char[], T> open, Predicate<Throwable> wrongPassphrase, UiExecutor executor) {
        this.open = open;
        this.wrongPassphrase = wrongPassphrase;
        this.executor = executor;
    }

    /**
     * Tries {@code passphrase} (taken over and wiped). {@code onOpened} gets the result; {@code onGiveUp} runs after
     * the last wrong try; {@code onFailure} gets any other failure.
     */
    public void unlock(char[] passphrase, Consumer<T> onOpened, Runnable onGiveUp, Consumer<Throwable> onFailure) {
        if (busy.get() || passphrase.length == 0) {
            Arrays.fill(passphrase, '\0');
            return;
        }
        busy.set(true);
        message.set(Messages.get("unlock.checking"));
        executor.submit(() -> {
            try {
                return open.apply(passphrase);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }, opened -> {
            busy.set(false);
            onOpened.accept(opened);
        }, error -> {
            busy.set(false);
            if (!wrongPassphrase.test(error)) {
                message.set("");
                onFailure.accept(error);
            } else if (--triesLeft > 0) {
                message.set(Messages.get("unlock.wrong", triesLeft));
            } else {
                onGiveUp.run();
            }
        });
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
