package org.fairaudit.codes;

import java.util.HashMap;
import java.util.Map;

/** Values that must be unique within one template (refs, section ids, topic ids); a repeat names the line of the first. */
final class UniqueValues {
    private final FileProblems problems;
    private final String messageKey;
    private final Map<String, Integer> firstLines = new HashMap<>();

    UniqueValues(FileProblems problems, String messageKey) {
        this.problems = problems;
        this.messageKey = messageKey;
    }

    /** Returns {@code value}, the text of field {@code key} of {@code reader}, after reporting it if it was used before. */
    String check(MappingReader reader, String key, String value) {
        if (!value.isEmpty()) {
            Integer firstLine = firstLines.putIfAbsent(value, reader.line(key));
            if (firstLine != null) {
                problems.add(reader.line(key), reader.path(key), messageKey, value, String.valueOf(firstLine));
            }
        }
        return value;
    }
}
