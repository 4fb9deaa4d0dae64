package org.fairaudit.codes;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.domain.EvidenceSource;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.Severity;
import org.fairaudit.domain.Topic;

/** The values a template field may take, by the id written in the template, in the order they are listed to users. */
record Choices<E>(Map<String, E> byId) {
    /** Good practice is a finding level, never the default severity of a breached requirement. */
    static final Choices<Severity> SEVERITY = of(
            List.of(Severity.ZERO_TOLERANCE, Severity.MAJOR, Severity.MINOR, Severity.OBSERVATION), Choices::snakeCase);
    static final Choices<EvidenceSource> CHECK_BY = of(Arrays.asList(EvidenceSource.values()), Choices::snakeCase);
    static final Choices<ForcedLabourIndicator> INDICATOR =
            of(Arrays.asList(ForcedLabourIndicator.values()), ForcedLabourIndicator::id);
    /** Decent work agenda pillars (DOMAIN.md §2); their labels are {@code codes.pillar.<id>} in the bundle. */
    static final Choices<String> PILLAR = of(
            List.of("employment", "rights-at-work", "social-protection", "social-dialogue"), Function.identity());

    /** The topic ids of a crosswalk: every requirement topic must be one of them. */
    static Choices<String> topics(Crosswalk crosswalk) {
        return of(crosswalk.topics().stream().map(Topic::id).toList(), Function.identity());
    }

    public Choices {
        byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    Optional<E> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** "zero_tolerance, major, minor, observation" */
    String expected() {
        return String.join(", ", byId.keySet());
    }

    /** The id a template uses for a value: {@code ZERO_TOLERANCE} is written {@code zero_tolerance}. */
    static String snakeCase(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static <E> Choices<E> of(List<E> values, Function<E, String> id) {
        Map<String, E> byId = new LinkedHashMap<>();
        values.forEach(value -> byId.put(id.apply(value), value));
        return new Choices<>(byId);
    }
}
