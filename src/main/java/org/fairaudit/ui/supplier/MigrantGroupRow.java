package org.fairaudit.ui.supplier;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.fairaudit.domain.MigrantGroup;
import org.fairaudit.ui.common.Countries;

/** An editable row of the migrant-groups table: nationality and number of workers as typed. */
public final class MigrantGroupRow {
    private final StringProperty nationality = new SimpleStringProperty("");
    private final StringProperty workers = new SimpleStringProperty("");

    MigrantGroupRow() {
    }

    MigrantGroupRow(MigrantGroup group) {
        nationality.set(Countries.label(group.nationality()));
        workers.set(Integer.toString(group.workers()));
    }

    MigrantGroup toGroup() {
        Integer count = FormText.wholeNumberOrNull(workers.get());
        return new MigrantGroup(Countries.codeOrRaw(nationality.get()), count == null ? 0 : count);
    }

    Observable[] observables() {
        return new Observable[] {nationality, workers};
    }

    public StringProperty nationalityProperty() {
        return nationality;
    }

    public StringProperty workersProperty() {
        return workers;
    }
}
