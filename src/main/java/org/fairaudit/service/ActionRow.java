package org.fairaudit.service;

import java.util.List;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Severity;

/** A corrective action with what a reviewer needs to know of its finding and supplier. */
public record ActionRow(CorrectiveAction action, String supplierName, List<RequirementKey> requirements,
                        Severity severity, FindingStatus findingStatus) {
    public ActionRow {
        requirements = List.copyOf(requirements);
    }
}
