package org.fairaudit.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A record changed on both sides since they last agreed: both versions, field by field. */
public record Conflict(UUID id, String entityType, UUID recordId, String peerName, Instant arrivedAt,
                       List<Field> fields) {
    public Conflict {
        fields = List.copyOf(fields);
    }

    /**
     * One field of the record in both versions, as text.
     *
     * @param text whether it is a text field whose versions can be merged by hand
     */
    public record Field(String name, String mine, String theirs, boolean text) {
        public boolean differs() {
            return !java.util.Objects.equals(mine, theirs);
        }
    }
}
