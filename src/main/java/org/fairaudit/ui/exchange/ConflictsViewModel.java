package org.fairaudit.ui.exchange;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fairaudit.domain.Permission;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.Conflict;
import org.fairaudit.service.ConflictResolution;
import org.fairaudit.service.ExchangeService;
import org.fairaudit.service.ProfileService;
import org.fairaudit.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Open conflicts and the one selected: both versions field by field, and for text fields that differ an editable
 * merged text (starting from mine). Only a role that may resolve conflicts sees them at all.
 */
final class ConflictsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ConflictsViewModel.class);

    private final ExchangeService exchange;
    private final ProfileService profiles;
    private final UiExecutor executor;
    private final ObservableList<Conflict> conflicts = FXCollections.observableArrayList();
    private final ObjectProperty<Conflict> selected = new SimpleObjectProperty<>();
    private final ObservableList<Conflict.Field> fields = FXCollections.observableArrayList();
    /** Field name → merged text, in the record's field order. */
    private final Map<String, StringProperty> mergedText = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    ConflictsViewModel(ExchangeService exchange, ProfileService profiles, UiExecutor executor) {
        this.exchange = exchange;
        this.profiles = profiles;
        this.executor = executor;
        selected.addListener((obs, old, now) -> show(now));
    }

    boolean mayResolve() {
        return profiles.may(Permission.RESOLVE_CONFLICTS);
    }

    void refresh() {
        if (mayResolve()) {
            executor.submit(exchange::conflicts, this::showConflicts, error -> failed("exchange.conflicts.failed",
                    error));
        }
    }

    private void showConflicts(List<Conflict> loaded) {
        Conflict kept = selected.get();
        conflicts.setAll(loaded);
        selected.set(kept == null ? null : loaded.stream().filter(c -> c.id().equals(kept.id())).findFirst()
                .orElse(null));
    }

    private void show(Conflict conflict) {
        mergedText.clear();
        if (conflict == null) {
            fields.clear();
            return;
        }
        for (Conflict.Field field : conflict.fields()) {
            if (field.text() && field.differs()) {
                mergedText.put(field.name(), new SimpleStringProperty(field.mine() == null ? "" : field.mine()));
            }
        }
        // the fields that differ come first: they are what the reviewer decides on
        fields.setAll(conflict.fields().stream()
                .sorted(Comparator.comparing((Conflict.Field field) -> !field.differs())).toList());
    }

    void keepMine() {
        resolve(ConflictResolution.KEEP_MINE, Map.of());
    }

    void takeTheirs() {
        resolve(ConflictResolution.TAKE_THEIRS, Map.of());
    }

    /** Keeps mine with the text fields replaced by the merged texts. */
    void merge() {
        Map<String, String> texts = new LinkedHashMap<>();
        mergedText.forEach((name, text) -> texts.put(name, text.get()));
        resolve(ConflictResolution.MERGE, texts);
    }

    private void resolve(ConflictResolution resolution, Map<String, String> texts) {
        Conflict conflict = selected.get();
        if (conflict == null) {
            return;
        }
        error.set("");
        executor.submit(() -> {
            exchange.resolve(conflict.id(), resolution, texts);
            return conflict;
        }, settled -> {
            message.set(Messages.get("exchange.conflict.settled", typeLabel(settled.entityType())));
            selected.set(null);
            refresh();
        }, error -> failed("exchange.conflict.failed", error));
    }

    static String typeLabel(String entityType) {
        return Messages.get("exchange.type." + entityType);
    }

    private void failed(String key, Throwable failure) {
        LOG.warn("Exchange screen: {}", key, failure);
        message.set("");
        error.set(Messages.get(key, String.valueOf(failure.getMessage())));
    }

    /** The record a conflict is about, by its name when it has one. */
    static String recordLabel(Conflict conflict) {
        return conflict.fields().stream().filter(field -> field.name().equals("name") && field.mine() != null)
                .map(Conflict.Field::mine).findFirst().orElse(conflict.recordId().toString());
    }

    ObservableList<Conflict> conflicts() {
        return conflicts;
    }

    ObjectProperty<Conflict> selectedProperty() {
        return selected;
    }

    /** The selected conflict's fields, both versions. */
    ObservableList<Conflict.Field> fields() {
        return fields;
    }

    /** Editable merged texts of the selected conflict's text fields that differ; rebuilt on each selection. */
    Map<String, StringProperty> mergedText() {
        return mergedText;
    }

    /** What the last resolution did. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why loading or settling failed; empty otherwise. */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
