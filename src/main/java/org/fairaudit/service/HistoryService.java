package org.fairaudit.service;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The history of records, read from the append-only change log (DESIGN.md §2, docs/decisions/0005). */
public interface HistoryService {
    /** Every change of these records, oldest first (an audit and its responses, a finding and its actions, …). */
    List<HistoryEntry> historyOf(Collection<UUID> recordIds);
}
