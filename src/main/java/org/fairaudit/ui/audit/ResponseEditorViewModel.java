package org.fairaudit.ui.audit;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fairaudit.domain.EvidenceSource;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.AuditService;
import org.fairaudit.ui.common.Debouncer;
import org.fairaudit.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evidence, notes, confidential interview notes and attachments of the selected requirement. Evidence ticks are
 * committed at once; notes after a pause in typing, on focus loss, and before another requirement is shown.
 */
final class ResponseEditorViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ResponseEditorViewModel.class);

    private final AuditService audits;
    private final UiExecutor executor;
    private final ResponseCommitter committer;
    private final Debouncer debounce;
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty interviewNotes = new SimpleStringProperty("");
    private final Map<EvidenceSource, BooleanProperty> evidence = new EnumMap<>(EvidenceSource.class);
    private final ObservableList<AttachmentRow> attachments = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper attachmentMessage = new ReadOnlyStringWrapper("");
    private ChecklistItem item;
    private boolean showing;
    private boolean textDirty;

    ResponseEditorViewModel(AuditService audits, UiExecutor executor, ResponseCommitter committer, Debouncer debounce) {
        this.audits = audits;
        this.executor = executor;
        this.committer = committer;
        this.debounce = debounce;
        for (EvidenceSource source : EvidenceSource.values()) {
            BooleanProperty ticked = new SimpleBooleanProperty(false);
            ticked.addListener((obs, old, now) -> evidenceChanged());
            evidence.put(source, ticked);
        }
        notes.addListener((obs, old, now) -> textChanged());
        interviewNotes.addListener((obs, old, now) -> textChanged());
    }

    /** Shows another requirement, committing what was typed for the previous one first. */
    void show(ChecklistItem next) {
        flush();
        item = next;
        showing = true;
        notes.set(next == null ? "" : next.notes());
        interviewNotes.set(next == null ? "" : next.interviewNotes());
        evidence.forEach((source, ticked) -> ticked.set(next != null && next.evidence().contains(source)));
        showing = false;
        attachments.clear();
        attachmentMessage.set("");
        if (next != null) {
            executor.submit(() -> audits.attachments(next.responseId()), list -> {
                if (item == next) {
                    attachments.setAll(list.stream().map(AttachmentRow::of).toList());
                }
            }, error -> attachmentFailed(error, "audit.attachment.loadFailed"));
        }
    }

    /** Commits typed notes now. */
    void flush() {
        debounce.cancel();
        if (textDirty && item != null) {
            textDirty = false;
            committer.commit(item);
        }
    }

    /** Copies the file into the audit's evidence, in the background. */
    void addAttachment(Path file) {
        ChecklistItem owner = item;
        if (owner == null) {
            return;
        }
        String adding = Messages.get("audit.attachment.adding", file.getFileName());
        attachmentMessage.set(adding);
        // A video or a folder of scans can take a while to copy: shown in the status bar like other long work.
        executor.submitWithProgress(adding, progress -> audits.addAttachment(owner.responseId(), file), added -> {
            attachmentMessage.set("");
            if (item == owner) {
                attachments.add(AttachmentRow.of(added));
            }
        }, error -> attachmentFailed(error, "audit.attachment.addFailed"));
    }

    private void attachmentFailed(Throwable error, String messageKey) {
        LOG.warn("Attachment work failed", error);
        attachmentMessage.set(Messages.get(messageKey, String.valueOf(error.getMessage())));
    }

    private void textChanged() {
        if (showing || item == null) {
            return;
        }
        item.setNotes(notes.get());
        item.setInterviewNotes(interviewNotes.get());
        textDirty = true;
        debounce.schedule(this::flush);
    }

    private void evidenceChanged() {
        if (showing || item == null) {
            return;
        }
        Set<EvidenceSource> ticked = EnumSet.noneOf(EvidenceSource.class);
        evidence.forEach((source, property) -> {
            if (property.get()) {
                ticked.add(source);
            }
        });
        item.setEvidence(ticked);
        committer.commit(item);
    }

    StringProperty notesProperty() {
        return notes;
    }

    StringProperty interviewNotesProperty() {
        return interviewNotes;
    }

    BooleanProperty evidenceProperty(EvidenceSource source) {
        return evidence.get(source);
    }

    ObservableList<AttachmentRow> attachments() {
        return attachments;
    }

    ReadOnlyStringProperty attachmentMessageProperty() {
        return attachmentMessage.getReadOnlyProperty();
    }
}
