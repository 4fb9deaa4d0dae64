package org.fairaudit.ui.audit;

import org.fairaudit.service.AuditService;

/** Sends a checklist item's response through the save lane and reports each stored response. */
final class ResponseCommitter {
    private final AuditService audits;
    private final SaveLane lane;
    private final Runnable onStored;

    ResponseCommitter(AuditService audits, SaveLane lane, Runnable onStored) {
        this.audits = audits;
        this.lane = lane;
        this.onStored = onStored;
    }

    void commit(ChecklistItem item) {
        lane.commit(item, item::toResponse, item::stored, audits::saveResponse, saved -> {
            item.storedAs(saved);
            onStored.run();
        });
    }
}
