package org.fairaudit.codes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value that remembers the line it starts on, so that every problem can point at its line. */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    /** 1-based line in the template file. */
    int line();

    /** Any scalar, kept as written: {@code version: 1.10} stays "1.10"; an empty value or {@code ~} is "". */
    record Scalar(String text, int line) implements YamlNode {
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** Fields in file order. */
    record Mapping(Map<String, YamlNode> fields, int line) implements YamlNode {
        public Mapping {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }
}
