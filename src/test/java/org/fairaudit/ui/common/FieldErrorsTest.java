package org.fairaudit.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.fairaudit.domain.Violation;
import org.fairaudit.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors("name", "country");

    @BeforeEach
    void aFormThatNeedsBothFields() {
        errors.checkOnChange(this::check, name, country);
    }

    private void check() {
        List<Violation> violations = new ArrayList<>();
        if (name.get().isBlank()) {
            violations.add(new Violation("name", "validation.required"));
        }
        if (country.get().isBlank()) {
            violations.add(new Violation("country", "validation.required"));
        }
        errors.show(violations);
    }

    @Test
    void withoutFillingEveryMessageShowsAtOnce() {
        check();

        assertThat(errors.message("name")).isEqualTo(Messages.get("validation.required"));
        assertThat(errors.isValid()).isFalse();
    }

    @Test
    void aFilledFormHoldsItsMessagesButNotItsValidityUntilTheUserEditsAField() {
        errors.fill(() -> {
            name.set("");
            country.set("");
            check();
        });

        assertThat(errors.message("name")).isEmpty();
        assertThat(errors.message("country")).isEmpty();
        assertThat(errors.isValid()).isFalse();

        name.set("Golden Thread Garments");

        assertThat(errors.message("name")).isEmpty();
        assertThat(errors.message("country")).isEqualTo(Messages.get("validation.required"));
    }

    @Test
    void fillingAgainHoldsTheMessagesAgain() {
        name.set("x");
        assertThat(errors.message("country")).isNotEmpty();

        errors.fill(() -> name.set(""));

        assertThat(errors.message("name")).isEmpty();
        assertThat(errors.message("country")).isEmpty();
    }

    @Test
    void revealShowsHeldMessages() {
        errors.fill(this::check);

        errors.reveal();

        assertThat(errors.message("name")).isEqualTo(Messages.get("validation.required"));
        assertThat(errors.message("country")).isEqualTo(Messages.get("validation.required"));
    }

    @Test
    void withNoViolationsNothingShowsAndTheFormIsValid() {
        errors.fill(this::check);
        name.set("Golden Thread Garments");
        country.set("MY");

        assertThat(List.of(errors.message("name"), errors.message("country"))).containsOnly("");
        assertThat(errors.isValid()).isTrue();
    }
}
