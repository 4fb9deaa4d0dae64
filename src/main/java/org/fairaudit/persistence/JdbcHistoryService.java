package org.fairaudit.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fairaudit.domain.Permission;
import org.fairaudit.service.HistoryEntry;
import org.fairaudit.service.HistoryEntry.FieldChange;
import org.fairaudit.service.HistoryService;
import org.fairaudit.service.ProfileService;

/** Turns change-log entries into field-by-field changes; bookkeeping fields (version) are left out. */
public final class JdbcHistoryService implements HistoryService {
    private static final Set<String> BOOKKEEPING = Set.of("version", "id");

    private final Jdbc jdbc;
    private final ProfileService profiles;

    public JdbcHistoryService(Database database, ProfileService profiles) {
        this.jdbc = new Jdbc(database, () -> null);
        this.profiles = profiles;
    }

    @Override
    public List<HistoryEntry> historyOf(Collection<UUID> recordIds) {
        profiles.require(Permission.READ_HISTORY);
        if (recordIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(recordIds.size(), "?"));
        return jdbc.read(tx -> tx.list("SELECT c.seq, c.changed_at, c.entity_type, c.operation, c.before_json,"
                        + " c.after_json, COALESCE(p.name, '') AS author FROM change_log c"
                        + " LEFT JOIN profile p ON p.id = c.profile_id"
                        + " WHERE c.record_id IN (" + marks + ") ORDER BY c.seq",
                row -> new HistoryEntry(row.longValue("seq"), row.instant("changed_at"), row.string("author"),
                        row.string("entity_type"), row.string("operation"),
                        changes(row.string("before_json"), row.string("after_json"))),
                recordIds.toArray()));
    }

    static List<FieldChange> changes(String beforeJson, String afterJson) {
        Map<String, String> before = fields(beforeJson);
        Map<String, String> after = fields(afterJson);
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            String was = before.getOrDefault(name, "");
            String now = after.getOrDefault(name, "");
            if (!was.equals(now) && !BOOKKEEPING.contains(name)) {
                changes.add(new FieldChange(name, was, now));
            }
        }
        return changes;
    }

    /** Top-level fields as text; lists and nested records as their compact JSON. */
    private static Map<String, String> fields(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (json == null) {
            return fields;
        }
        try {
            JsonNode node = Json.readTree(json);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                fields.put(field.getKey(), value.isNull() ? "" : value.isValueNode() ? value.asText() : value.toString());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Change-log entry is not JSON", e);
        }
        return fields;
    }
}
