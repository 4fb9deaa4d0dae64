package org.fairaudit.codes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Typed access to the fields of one YAML mapping. A missing or wrong field becomes a problem at its path
 * (e.g. {@code sections[2].requirements[0].severity}) and line, and the reader returns a neutral value
 * ("", empty list, empty optional) so that the caller goes on and reports every problem of the file at once.
 */
final class MappingReader {
    /** Lists up to this long are searched for repeats; longer ones are hashed, so no file can make it quadratic. */
    private static final int SHORT_LIST = 16;

    private final YamlNode.Mapping mapping;
    private final FieldPath path;
    private final FileProblems problems;

    private MappingReader(YamlNode.Mapping mapping, FieldPath path, FileProblems problems) {
        this.mapping = mapping;
        this.path = path;
        this.problems = problems;
    }

    /** The root of a template; a file that is not a mapping is a problem. */
    static Optional<MappingReader> root(YamlNode node, FileProblems problems) {
        return asMapping(node, FieldPath.ROOT, problems);
    }

    /** Item {@code index} of the root's list {@code key}, read on its own: a mapping, or a problem. */
    static Optional<MappingReader> item(YamlNode node, String key, int index, FileProblems problems) {
        return asMapping(node, FieldPath.ROOT.field(key).item(index), problems);
    }

    String path(String key) {
        return path.field(key).toString();
    }

    /** The line of a field's value, or of the mapping itself when the field is missing. */
    int line(String key) {
        YamlNode node = mapping.fields().get(key);
        return node == null ? mapping.line() : node.line();
    }

    /** Reports every field not in {@code known}: a misspelt optional field would otherwise be lost silently. */
    void allowOnly(Set<String> known) {
        mapping.fields().forEach((key, node) -> {
            if (!known.contains(key)) {
                problems.add(node.line(), path(key), "unknownField", String.join(", ", new TreeSet<>(known)));
            }
        });
    }

    String text(String key) {
        if (!has(key)) {
            problems.add(line(key), path(key), "required");
            return "";
        }
        return scalar(mapping.fields().get(key), path.field(key)).orElse("");
    }

    String optionalText(String key) {
        YamlNode node = mapping.fields().get(key);
        if (node == null) {
            return "";
        }
        return scalar(node, path.field(key)).orElse("");
    }

    /** Required text matching {@code format}; {@code formatKey} names the bundle message when it does not. */
    String text(String key, Pattern format, String formatKey) {
        String text = text(key);
        if (!text.isEmpty() && !format.matcher(text).matches()) {
            problems.add(line(key), path(key), formatKey, text);
        }
        return text;
    }

    boolean flag(String key, boolean ifMissing) {
        String text = optionalText(key);
        if (text.isEmpty()) {
            return ifMissing;
        }
        if (!text.equals("true") && !text.equals("false")) {
            problems.add(line(key), path(key), "notFlag", text);
        }
        return text.equals("true");
    }

    int number(String key, int min, int max) {
        String text = text(key);
        if (text.isEmpty()) {
            return min;
        }
        if (text.matches("\\d{1,9}")) {
            int number = Integer.parseInt(text);
            if (number >= min && number <= max) {
                return number;
            }
        }
        problems.add(line(key), path(key), "notNumberInRange", text, String.valueOf(min), String.valueOf(max));
        return min;
    }

    <E> Optional<E> choice(String key, Choices<E> choices) {
        String text = text(key);
        return text.isEmpty() ? Optional.empty() : choice(text, line(key), path.field(key), choices);
    }

    <E> Optional<E> optionalChoice(String key, Choices<E> choices) {
        String text = optionalText(key);
        return text.isEmpty() ? Optional.empty() : choice(text, line(key), path.field(key), choices);
    }

    /** A required, non-empty list of texts, each given once. */
    List<String> texts(String key) {
        List<TextItem> items = textItems(key);
        List<String> texts = new ArrayList<>(items.size());
        for (TextItem item : items) {
            texts.add(item.text());
        }
        return texts;
    }

    /** An optional list of texts, each given once; when the field is given the list may not be empty. */
    List<String> optionalTexts(String key) {
        return mapping.fields().containsKey(key) ? texts(key) : List.of();
    }

    /** A required, non-empty list of values from {@code choices}, each given once. */
    <E> List<E> choices(String key, Choices<E> choices) {
        List<TextItem> items = textItems(key);
        List<E> values = new ArrayList<>(items.size());
        for (TextItem item : items) {
            choice(item.text(), item.line(), item.path(), choices).ifPresent(values::add);
        }
        return values;
    }

    /** A required, non-empty list of mappings, each read at its own path ({@code sections[2]}). */
    List<MappingReader> mappings(String key) {
        List<MappingReader> readers = new ArrayList<>();
        List<YamlNode> items = items(key);
        FieldPath list = path.field(key);
        for (int i = 0; i < items.size(); i++) {
            asMapping(items.get(i), list.item(i), problems).ifPresent(readers::add);
        }
        return readers;
    }

    /** A required mapping, e.g. the headings of a crosswalk topic. */
    Optional<MappingReader> mapping(String key) {
        YamlNode node = mapping.fields().get(key);
        if (node == null) {
            problems.add(line(key), path(key), "required");
            return Optional.empty();
        }
        return asMapping(node, path.field(key), problems);
    }

    /** Whether the field is given with a value. */
    boolean has(String key) {
        YamlNode node = mapping.fields().get(key);
        return node != null && !(node instanceof YamlNode.Scalar scalar && scalar.text().isBlank());
    }

    private List<YamlNode> items(String key) {
        YamlNode node = mapping.fields().get(key);
        if (node == null) {
            problems.add(line(key), path(key), "required");
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            problems.add(node.line(), path(key), "expectedList");
            return List.of();
        }
        if (sequence.items().isEmpty()) {
            problems.add(node.line(), path(key), "emptyList");
        }
        return sequence.items();
    }

    private List<TextItem> textItems(String key) {
        List<YamlNode> items = items(key);
        List<TextItem> texts = new ArrayList<>(items.size());
        Set<String> seen = items.size() > SHORT_LIST ? new HashSet<>() : null;
        FieldPath list = path.field(key);
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            FieldPath itemPath = list.item(i);
            Optional<String> text = scalar(item, itemPath);
            if (text.isEmpty()) {
                continue;
            }
            if (text.get().isEmpty()) {
                problems.add(item.line(), itemPath.toString(), "required");
            } else if (seen == null ? contains(texts, text.get()) : !seen.add(text.get())) {
                problems.add(item.line(), itemPath.toString(), "duplicateValue", text.get());
            } else {
                texts.add(new TextItem(text.get(), item.line(), itemPath));
            }
        }
        return texts;
    }

    private static boolean contains(List<TextItem> items, String text) {
        for (TextItem item : items) {
            if (item.text().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private Optional<String> scalar(YamlNode node, FieldPath nodePath) {
        if (node instanceof YamlNode.Scalar scalar) {
            return Optional.of(scalar.text().strip());
        }
        problems.add(node.line(), nodePath.toString(), "expectedText");
        return Optional.empty();
    }

    private <E> Optional<E> choice(String text, int line, FieldPath nodePath, Choices<E> choices) {
        Optional<E> value = choices.find(text);
        if (value.isEmpty()) {
            problems.add(line, nodePath.toString(), "unknownValue", text, choices.expected());
        }
        return value;
    }

    private record TextItem(String text, int line, FieldPath path) {
    }

    private static Optional<MappingReader> asMapping(YamlNode node, FieldPath path, FileProblems problems) {
        if (node instanceof YamlNode.Mapping mapping) {
            return Optional.of(new MappingReader(mapping, path, problems));
        }
        problems.add(node.line(), path.toString(), "expectedMapping");
        return Optional.empty();
    }
}
