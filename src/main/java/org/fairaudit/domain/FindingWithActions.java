package org.fairaudit.domain;

import java.util.List;

/** A finding and its corrective-action plan lines. */
public record FindingWithActions(Finding finding, List<CorrectiveAction> actions) {
    public FindingWithActions {
        actions = List.copyOf(actions);
    }
}
