package org.fairaudit.ui.finding;

import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.i18n.Messages;

/** One corrective-action line being edited. */
public final class ActionEditorViewModel {
    private final UUID id;
    private long version;
    private final StringProperty action = new SimpleStringProperty();
    private final StringProperty owner = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>();
    private final ObjectProperty<ActionStatus> status = new SimpleObjectProperty<>();
    private final StringProperty verificationMethod = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> verifiedOn = new SimpleObjectProperty<>();
    private final StringProperty verifier = new SimpleStringProperty();
    private final ReadOnlyStringWrapper actionError = new ReadOnlyStringWrapper("");
    private boolean suggestingDueDate;
    private boolean dueDateChosenByUser;

    /**
     * @param stored whether the line was loaded from the database: its due date was agreed, so a severity change
     *               does not move it
     */
    ActionEditorViewModel(CorrectiveAction source, boolean stored) {
        id = source.id();
        version = source.version();
        action.set(source.action());
        owner.set(source.owner());
        dueDate.set(source.dueDate());
        status.set(source.status());
        verificationMethod.set(source.verificationMethod());
        verifiedOn.set(source.verifiedOn());
        verifier.set(source.verifier());
        dueDateChosenByUser = stored;
        dueDate.addListener((obs, old, now) -> dueDateChosenByUser |= !suggestingDueDate);
    }

    /** Sets the due date the severity suggests, unless the user picked one. */
    void suggestDueDate(LocalDate suggested) {
        if (dueDateChosenByUser) {
            return;
        }
        suggestingDueDate = true;
        dueDate.set(suggested);
        suggestingDueDate = false;
    }

    /** A line nobody typed into (e.g. the prefilled one) is not saved. */
    boolean isBlank() {
        return isBlank(action.get()) && isBlank(owner.get()) && isBlank(verificationMethod.get())
                && isBlank(verifier.get());
    }

    boolean validate() {
        boolean valid = isBlank() || !isBlank(action.get());
        actionError.set(valid ? "" : Messages.get("validation.required"));
        return valid;
    }

    CorrectiveAction toAction(UUID findingId) {
        return new CorrectiveAction(id, findingId, trim(action.get()), trim(owner.get()), dueDate.get(), status.get(),
                trim(verificationMethod.get()), verifiedOn.get(), trim(verifier.get()), version);
    }

    void storedAs(CorrectiveAction saved) {
        version = saved.version();
        dueDateChosenByUser = true;
    }

    public boolean isOverdue(LocalDate today) {
        return toAction(null).isOverdue(today);
    }

    public StringProperty actionProperty() {
        return action;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<LocalDate> dueDateProperty() {
        return dueDate;
    }

    public ObjectProperty<ActionStatus> statusProperty() {
        return status;
    }

    public StringProperty verificationMethodProperty() {
        return verificationMethod;
    }

    public ObjectProperty<LocalDate> verifiedOnProperty() {
        return verifiedOn;
    }

    public StringProperty verifierProperty() {
        return verifier;
    }

    public ReadOnlyStringProperty actionErrorProperty() {
        return actionError.getReadOnlyProperty();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String trim(String text) {
        return text == null ? "" : text.trim();
    }
}
