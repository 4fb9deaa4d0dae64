package org.fairaudit.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The auditor's response to one requirement in one audit.
 *
 * @param notes             what the auditor saw; goes into the report
 * @param interviewNotes    what workers said in interviews; confidential, never exported by default
 */
public record Response(
        UUID id,
        UUID auditId,
        RequirementKey requirement,
        ResponseResult result,
        Set<EvidenceSource> evidence,
        String notes,
        String interviewNotes,
        long version) {

    public Response {
        // in declaration order, so that the JSON of a record (change log, packages) is always the same
        evidence = Collections.unmodifiableSet(evidence.isEmpty() ? EnumSet.noneOf(EvidenceSource.class)
                : EnumSet.copyOf(evidence));
    }

    /** Ids and result only: notes and interview notes must never reach a log through a record. */
    @Override
    public String toString() {
        return "Response[id=" + id + ", auditId=" + auditId + ", requirement=" + requirement + ", result=" + result
                + ", version=" + version + "]";
    }

    public static Response notAssessed(UUID auditId, RequirementKey requirement) {
        return new Response(UUID.randomUUID(), auditId, requirement, ResponseResult.NOT_ASSESSED, Set.of(), "", "", 0);
    }
}
