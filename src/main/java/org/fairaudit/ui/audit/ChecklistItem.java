package org.fairaudit.ui.audit;

import java.util.EnumSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeSection;
import org.fairaudit.domain.EvidenceSource;
import org.fairaudit.domain.Requirement;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Response;
import org.fairaudit.domain.ResponseResult;

/**
 * One requirement of the checklist with the auditor's response as edited on screen. The response is rebuilt from
 * these fields whenever it is saved; {@link #storedAs} keeps the version the database returned.
 */
final class ChecklistItem {
    private final CodeOfConduct code;
    private final CodeSection section;
    private final Requirement requirement;
    private final ReadOnlyObjectWrapper<ResponseResult> result;
    private Response stored;
    private Set<EvidenceSource> evidence;
    private String notes;
    private String interviewNotes;

    ChecklistItem(CodeOfConduct code, CodeSection section, Requirement requirement, Response response) {
        this.code = code;
        this.section = section;
        this.requirement = requirement;
        this.stored = response;
        this.result = new ReadOnlyObjectWrapper<>(response.result());
        this.evidence = response.evidence().isEmpty() ? Set.of() : EnumSet.copyOf(response.evidence());
        this.notes = response.notes();
        this.interviewNotes = response.interviewNotes();
    }

    Response toResponse() {
        return new Response(stored.id(), stored.auditId(), stored.requirement(), result.get(), evidence,
                notes, interviewNotes, stored.version());
    }

    /** The response as last stored. */
    Response stored() {
        return stored;
    }

    void storedAs(Response saved) {
        stored = saved;
    }

    CodeOfConduct code() {
        return code;
    }

    CodeSection section() {
        return section;
    }

    Requirement requirement() {
        return requirement;
    }

    RequirementKey key() {
        return stored.requirement();
    }

    java.util.UUID responseId() {
        return stored.id();
    }

    ResponseResult result() {
        return result.get();
    }

    void setResult(ResponseResult value) {
        result.set(value);
    }

    ReadOnlyObjectProperty<ResponseResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    Set<EvidenceSource> evidence() {
        return evidence;
    }

    void setEvidence(Set<EvidenceSource> value) {
        evidence = Set.copyOf(value);
    }

    String notes() {
        return notes;
    }

    void setNotes(String value) {
        notes = value;
    }

    String interviewNotes() {
        return interviewNotes;
    }

    void setInterviewNotes(String value) {
        interviewNotes = value;
    }
}
