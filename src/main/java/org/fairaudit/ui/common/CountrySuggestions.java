package org.fairaudit.ui.common;

import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/** Suggests countries ("Malaysia (MY)") as the user types in a country field. */
public final class CountrySuggestions {
    private CountrySuggestions() {
    }

    public static void attach(TextField field) {
        AutoCompletionBinding<String> binding = TextFields.bindAutoCompletion(field, Countries.labels());
        // The suggestion popup is a scene of its own: without the app stylesheet its colours come out unreadable.
        Theme.addAppStylesheet(binding.getAutoCompletionPopup().getScene());
    }
}
