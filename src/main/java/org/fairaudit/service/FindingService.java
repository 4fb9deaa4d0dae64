package org.fairaudit.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.Finding;

/** Findings and their corrective actions. Every save is committed at once. */
public interface FindingService {
    /** Findings matching the filter; overdue means an open action past its due date. Newest first. */
    List<FindingRow> search(FindingFilter filter);

    /**
     * Up to {@code limit} findings from position {@code offset} of the same order as {@link #search}, and whether
     * more follow: the findings list loads a portfolio's hundreds of thousands of findings a page at a time.
     */
    FindingPage page(FindingFilter filter, int offset, int limit);

    /**
     * How many findings match the filter. With a text filter this reads every description, so the list shows a
     * page first and the count when it is known (decision record 0021).
     */
    int count(FindingFilter filter);

    Optional<Finding> find(UUID findingId);

    List<Finding> findingsOfAudit(UUID auditId);

    /** @throws ValidationException when description or requirement is missing */
    Finding save(Finding finding);

    List<CorrectiveAction> actions(UUID findingId);

    CorrectiveAction saveAction(CorrectiveAction action);

    /**
     * Saves imported findings and actions (new ones have version 0) in ONE transaction, each validated as by
     * {@link #save} and {@link #saveAction} and written to the change log; on any error nothing is stored.
     *
     * @throws ConcurrentEditException when any record changed since it was read
     */
    void importCapChanges(List<Finding> findings, List<CorrectiveAction> actions);
}
