package org.fairaudit.domain;

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
        evidence = Set.copyOf(evidence);
    }

    public static Response notAssessed(UUID auditId, RequirementKey requirement) {
        return new Response(UUID.randomUUID(), auditId, requirement, ResponseResult.NOT_ASSESSED, Set.of(), "", "", 0);
    }
}
