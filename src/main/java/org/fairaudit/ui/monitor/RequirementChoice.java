package org.fairaudit.ui.monitor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.fairaudit.domain.RequirementKey;

/** A requirement a report may concern, shown as "code:ref — text" with a check box. */
final class RequirementChoice {
    private final RequirementKey key;
    private final String label;
    private final BooleanProperty chosen = new SimpleBooleanProperty(false);

    RequirementChoice(RequirementKey key, String label) {
        this.key = key;
        this.label = label;
    }

    RequirementKey key() {
        return key;
    }

    BooleanProperty chosenProperty() {
        return chosen;
    }

    @Override
    public String toString() {
        return label;
    }
}
