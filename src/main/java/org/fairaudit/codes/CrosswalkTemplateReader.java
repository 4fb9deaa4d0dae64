package org.fairaudit.codes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.domain.Topic;

/**
 * Turns {@code templates/crosswalk.yaml} into a {@link Crosswalk}: the schemes in column order, and per topic
 * its title, decent-work pillar, UN Global Compact principle and one heading per scheme.
 */
final class CrosswalkTemplateReader {
    private static final Set<String> CROSSWALK_FIELDS = Set.of("schemes", "topics");
    private static final Set<String> TOPIC_FIELDS = Set.of("id", "title", "pillar", "ungc_principle", "headings");

    private final FileProblems problems;
    private final List<String> schemes;
    private final UniqueValues topicIds;

    private CrosswalkTemplateReader(FileProblems problems, List<String> schemes) {
        this.problems = problems;
        this.schemes = schemes;
        this.topicIds = new UniqueValues(problems, "duplicateId");
    }

    static Optional<Crosswalk> read(YamlNode root, FileProblems problems) {
        return MappingReader.root(root, problems).flatMap(crosswalk -> {
            int mark = problems.mark();
            crosswalk.allowOnly(CROSSWALK_FIELDS);
            CrosswalkTemplateReader reader = new CrosswalkTemplateReader(problems, crosswalk.texts("schemes"));
            List<Topic> topics = new ArrayList<>();
            crosswalk.mappings("topics").forEach(topic -> reader.topic(topic).ifPresent(topics::add));
            return problems.noneSince(mark) ? Optional.of(new Crosswalk(reader.schemes, topics)) : Optional.empty();
        });
    }

    private Optional<Topic> topic(MappingReader topic) {
        int mark = problems.mark();
        topic.allowOnly(TOPIC_FIELDS);
        String id = topicIds.check(topic, "id", topic.text("id", CodeTemplateReader.SLUG, "notSlug"));
        String title = topic.text("title");
        Optional<String> pillar = topic.choice("pillar", Choices.PILLAR);
        int ungcPrinciple = topic.number("ungc_principle", 1, 10);
        Map<String, String> headings = topic.mapping("headings").map(this::headings).orElse(Map.of());
        return problems.noneSince(mark)
                ? Optional.of(new Topic(id, title, pillar.orElseThrow(), ungcPrinciple, headings))
                : Optional.empty();
    }

    /** One heading per scheme, in scheme order; a scheme with no matching heading says so with "—". */
    private Map<String, String> headings(MappingReader headings) {
        headings.allowOnly(Set.copyOf(schemes));
        Map<String, String> byScheme = new LinkedHashMap<>();
        schemes.forEach(scheme -> byScheme.put(scheme, headings.text(scheme)));
        return byScheme;
    }
}
