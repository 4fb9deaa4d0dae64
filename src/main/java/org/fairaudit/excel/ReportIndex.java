package org.fairaudit.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.AuditReport;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingWithActions;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Response;
import org.fairaudit.domain.ResponseResult;
import org.fairaudit.domain.Topic;

/**
 * Look-ups several sheets share: the response to a requirement, the findings against it, a finding's number,
 * a topic's title.
 */
final class ReportIndex {
    private final Map<RequirementKey, Response> responses = new HashMap<>();
    private final Map<RequirementKey, List<Finding>> findingsByRequirement = new HashMap<>();
    private final Map<UUID, String> findingRefs = new HashMap<>();
    private final Crosswalk crosswalk;

    ReportIndex(AuditReport report) {
        crosswalk = report.crosswalk();
        report.responses().forEach(response -> responses.put(response.requirement(), response));
        int number = 0;
        for (FindingWithActions entry : report.findings()) {
            Finding finding = entry.finding();
            findingRefs.put(finding.id(), String.format("F-%03d", ++number));
            finding.requirements().forEach(key ->
                    findingsByRequirement.computeIfAbsent(key, k -> new ArrayList<>()).add(finding));
        }
    }

    Optional<Response> response(RequirementKey key) {
        return Optional.ofNullable(responses.get(key));
    }

    /** A requirement without a response counts as not assessed, as in the rating. */
    ResponseResult result(RequirementKey key) {
        return response(key).map(Response::result).orElse(ResponseResult.NOT_ASSESSED);
    }

    List<Finding> findings(RequirementKey key) {
        return findingsByRequirement.getOrDefault(key, List.of());
    }

    /** A crosswalk topic's title; the id itself for a topic the crosswalk does not know. */
    String topicTitle(String topicId) {
        return crosswalk.topic(topicId).map(Topic::title).orElse(topicId);
    }

    /** The finding's number in this report (F-001, F-002, ... in report order). */
    String ref(Finding finding) {
        return findingRefs.get(finding.id());
    }
}
