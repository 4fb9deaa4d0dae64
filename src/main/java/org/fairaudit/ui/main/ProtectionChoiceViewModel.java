package org.fairaudit.ui.main;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.fairaudit.domain.Violation;
import org.fairaudit.service.DatabaseProtectionService;
import org.fairaudit.ui.common.FieldErrors;

/**
 * First start, before the database file exists: encrypt it with a passphrase typed twice, or decline on purpose.
 * Also used by Settings to set or change a passphrase.
 */
public final class ProtectionChoiceViewModel {
    static final String PASSPHRASE = "passphrase";
    static final String REPEAT = "repeat";

    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final FieldErrors fieldErrors = new FieldErrors(PASSPHRASE, REPEAT);

    public ProtectionChoiceViewModel() {
        passphrase.addListener((obs, old, now) -> validate());
        repeat.addListener((obs, old, now) -> validate());
        validate();
    }

    private void validate() {
        String first = passphrase.get();
        // Nothing typed yet is not a mistake to point at; validBinding still needs a passphrase.
        fieldErrors.show(!first.isEmpty() && first.length() < DatabaseProtectionService.MIN_PASSPHRASE_LENGTH
                ? List.of(new Violation(PASSPHRASE, "settings.passphrase.tooShort"))
                : first.equals(repeat.get()) ? List.of() : List.of(new Violation(REPEAT, "unlock.passphrasesDiffer")));
    }

    /** The chosen passphrase as a new array; the fields are cleared. Call only when valid. */
    public char[] takePassphrase() {
        char[] chosen = passphrase.get().toCharArray();
        passphrase.set("");
        repeat.set("");
        return chosen;
    }

    public BooleanBinding validBinding() {
        return fieldErrors.validProperty().and(passphrase.isNotEmpty());
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}
