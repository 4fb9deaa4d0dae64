package org.fairaudit.domain;

import java.util.List;
import java.util.Optional;

/** All crosswalk topics, and the schemes they map to, in column order. */
public record Crosswalk(List<String> schemes, List<Topic> topics) {
    public static final Crosswalk EMPTY = new Crosswalk(List.of(), List.of());

    public Crosswalk {
        schemes = List.copyOf(schemes);
        topics = List.copyOf(topics);
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
