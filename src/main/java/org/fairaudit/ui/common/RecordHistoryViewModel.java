package org.fairaudit.ui.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fairaudit.service.HistoryEntry;
import org.fairaudit.service.HistoryService;

/** The change history of a record and the records it owns, one row per changed field, newest first. */
public final class RecordHistoryViewModel {
    /** One changed field, or one row for a record created or deleted. */
    public record HistoryRow(Instant changedAt, String author, String entityType, String operation, String field,
                             String before, String after) {
    }

    private final HistoryService history;
    private final UiExecutor executor;
    private final ErrorReporter errors;
    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();

    public RecordHistoryViewModel(HistoryService history, UiExecutor executor, ErrorReporter errors) {
        this.history = history;
        this.executor = executor;
        this.errors = errors;
    }

    /** Loads in the background: {@code recordIds} may itself read the database (a supplier's agencies, …). */
    public void load(Callable<Collection<UUID>> recordIds) {
        executor.submit(() -> rowsOf(history.historyOf(recordIds.call())), rows::setAll, errors::report);
    }

    public void clear() {
        rows.clear();
    }

    static List<HistoryRow> rowsOf(List<HistoryEntry> entries) {
        List<HistoryRow> flat = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            HistoryEntry entry = entries.get(i);
            // a record's creation or deletion reads as one line; its later changes field by field
            if (entry.changes().isEmpty() || !"UPDATE".equals(entry.operation())) {
                flat.add(new HistoryRow(entry.changedAt(), entry.author(), entry.entityType(), entry.operation(),
                        "", "", ""));
                continue;
            }
            for (HistoryEntry.FieldChange change : entry.changes()) {
                flat.add(new HistoryRow(entry.changedAt(), entry.author(), entry.entityType(), entry.operation(),
                        change.field(), change.before(), change.after()));
            }
        }
        return flat;
    }

    public ObservableList<HistoryRow> rows() {
        return rows;
    }
}
