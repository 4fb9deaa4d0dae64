package org.fairaudit.domain;

import java.time.LocalDate;
import java.util.UUID;

/** One line of a corrective action plan (CAP). */
public record CorrectiveAction(
        UUID id,
        UUID findingId,
        String action,
        String owner,
        LocalDate dueDate,
        ActionStatus status,
        String verificationMethod,
        LocalDate verifiedOn,
        String verifier,
        long version) {

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueDate != null && dueDate.isBefore(today);
    }
}
