package org.fairaudit.ui.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.InterviewCounts;
import org.fairaudit.domain.ReviewEvent;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.AuditService;
import org.fairaudit.ui.common.Debouncer;
import org.fairaudit.ui.common.WholeNumberInput;

/**
 * The audit's header fields. Status and dates are committed when changed, interview counts after a pause in
 * typing or on focus loss, and only while every field is valid. The status decides whether the checklist is
 * {@linkplain #editableProperty() editable}: a submitted or accepted audit is closed until its status is set back.
 */
final class AuditHeaderViewModel {
    private final AuditService audits;
    private final SaveLane lane;
    private final Debouncer debounce;
    private Audit audit;
    private boolean showing;

    private final ReadOnlyStringWrapper supplierName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper codesText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper teamText = new ReadOnlyStringWrapper("");
    private final ObjectProperty<AuditStatus> status = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper closedNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper returnComment = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper returnNotice = new ReadOnlyStringWrapper("");
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper datesError = new ReadOnlyStringWrapper("");
    private final WholeNumberInput migrant = new WholeNumberInput(true);
    private final WholeNumberInput local = new WholeNumberInput(true);
    private final WholeNumberInput women = new WholeNumberInput(true);
    private final WholeNumberInput men = new WholeNumberInput(true);
    private final WholeNumberInput individual = new WholeNumberInput(true);
    private final WholeNumberInput group = new WholeNumberInput(true);

    AuditHeaderViewModel(AuditService audits, SaveLane lane, Debouncer debounce) {
        this.audits = audits;
        this.lane = lane;
        this.debounce = debounce;
        status.addListener((obs, old, now) -> commitNow());
        editable.bind(Bindings.createBooleanBinding(
                () -> status.get() != null && status.get().isOpenForEditing(), status));
        closedNotice.bind(Bindings.createStringBinding(() -> status.get() == null || editable.get() ? ""
                : Messages.get("audit.closed.banner", Messages.of(status.get()), Messages.of(AuditStatus.RETURNED)),
                status, editable));
        // shown while the audit is still returned; gone once the auditor works on it again or resubmits
        returnNotice.bind(Bindings.createStringBinding(
                () -> status.get() == AuditStatus.RETURNED ? returnComment.get() : "", status, returnComment));
        startDate.addListener((obs, old, now) -> commitNow());
        endDate.addListener((obs, old, now) -> commitNow());
        counts().forEach(count -> count.textProperty().addListener((obs, old, now) -> {
            if (!showing) {
                debounce.schedule(this::flush);
            }
        }));
    }

    /** @param lastReturn the reviewer's last return of this audit, or {@code null} */
    void show(Audit loaded, String supplier, List<CodeOfConduct> codes, ReviewEvent<AuditStatus> lastReturn) {
        showing = true;
        returnComment.set(lastReturn == null ? "" : Messages.get("audit.returned.banner", lastReturn.reviewerName(),
                LocalDate.ofInstant(lastReturn.at(), ZoneId.systemDefault()), lastReturn.comment()));
        audit = loaded;
        supplierName.set(supplier);
        codesText.set(codes.stream().map(code -> code.title() + " " + code.version()).collect(Collectors.joining(", ")));
        teamText.set(loaded.team() == null || loaded.team().isBlank()
                ? Messages.get("audit.header.leadOnly", loaded.leadAuditor())
                : Messages.get("audit.header.team", loaded.leadAuditor(), loaded.team()));
        status.set(loaded.status());
        startDate.set(loaded.startDate());
        endDate.set(loaded.endDate());
        InterviewCounts counts = loaded.interviews() == null ? InterviewCounts.NONE : loaded.interviews();
        migrant.setValue(counts.migrant());
        local.setValue(counts.local());
        women.setValue(counts.women());
        men.setValue(counts.men());
        individual.setValue(counts.individual());
        group.setValue(counts.group());
        showing = false;
    }

    /** Commits pending interview counts at once (focus left the field, or the checklist closes). */
    void flush() {
        debounce.cancel();
        commitNow();
    }

    /** The audit as stored last, with the version the next save needs. */
    Audit audit() {
        return audit;
    }

    private void commitNow() {
        if (showing || audit == null || !validate()) {
            return;
        }
        lane.commit(this, this::edited, () -> audit, audits::save, saved -> audit = saved);
    }

    private boolean validate() {
        boolean datesInOrder = startDate.get() == null || endDate.get() == null || !endDate.get().isBefore(startDate.get());
        datesError.set(datesInOrder ? "" : Messages.get("audit.validation.endBeforeStart"));
        return datesInOrder && counts().allMatch(WholeNumberInput::isValid);
    }

    private Audit edited() {
        InterviewCounts counts = new InterviewCounts(migrant.valueOrZero(), local.valueOrZero(), women.valueOrZero(),
                men.valueOrZero(), individual.valueOrZero(), group.valueOrZero());
        return new Audit(audit.id(), audit.supplierId(), audit.codes(), audit.type(), audit.announcement(),
                startDate.get(), endDate.get(), audit.leadAuditor(), audit.team(), status.get(), counts,
                audit.version());
    }

    private Stream<WholeNumberInput> counts() {
        return Stream.of(migrant, local, women, men, individual, group);
    }

    ReadOnlyStringProperty supplierNameProperty() {
        return supplierName.getReadOnlyProperty();
    }

    ReadOnlyStringProperty codesTextProperty() {
        return codesText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty teamTextProperty() {
        return teamText.getReadOnlyProperty();
    }

    ObjectProperty<AuditStatus> statusProperty() {
        return status;
    }

    /** Whether the checklist and the header fields other than the status can be changed (false until loaded). */
    ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** Why the checklist is closed and how to open it again; empty while it is editable. */
    /** Who returned the audit, when and why, while it is returned; empty otherwise. */
    ReadOnlyStringProperty returnNoticeProperty() {
        return returnNotice.getReadOnlyProperty();
    }

    ReadOnlyStringProperty closedNoticeProperty() {
        return closedNotice.getReadOnlyProperty();
    }

    ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    ObjectProperty<LocalDate> endDateProperty() {
        return endDate;
    }

    ReadOnlyStringProperty datesErrorProperty() {
        return datesError.getReadOnlyProperty();
    }

    WholeNumberInput migrant() {
        return migrant;
    }

    WholeNumberInput local() {
        return local;
    }

    WholeNumberInput women() {
        return women;
    }

    WholeNumberInput men() {
        return men;
    }

    WholeNumberInput individual() {
        return individual;
    }

    WholeNumberInput group() {
        return group;
    }
}
