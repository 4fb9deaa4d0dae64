package org.fairaudit.codes;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one YAML document into a {@link YamlNode} tree with line numbers, refusing what templates never need.
 *
 * <p>Hostile input: the caller caps the file size. Jackson's YAML parser works on SnakeYAML's event stream and
 * never expands aliases (it hands an alias over as a plain token), so SnakeYAML's alias limit, which lives in
 * its composer, is never reached; a billion-laughs file therefore cannot blow up here, and we refuse aliases
 * outright so it is reported instead of being read as odd strings. Nesting is capped so the recursion stays shallow.
 */
final class YamlTreeReader {
    /** Code templates nest six levels (code, sections, section, requirements, requirement, list); leave room. */
    static final int MAX_DEPTH = 12;

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlTreeReader() {
    }

    static Optional<YamlNode> read(byte[] content, FileProblems problems) {
        try (YAMLParser parser = FACTORY.createParser(content)) {
            if (parser.nextToken() == null) {
                problems.add(0, "", "empty");
                return Optional.empty();
            }
            YamlNode root = readValue(parser, 0);
            if (parser.nextToken() != null) {
                problems.add(line(parser.currentTokenLocation()), "", "multipleDocuments");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (RefusedYaml e) {
            problems.add(e.line, "", e.messageKey, e.args);
        } catch (JsonProcessingException e) {
            problems.add(line(e.getLocation()), "", "malformed", firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(0, "", "unreadable", e.getMessage());
        }
        return Optional.empty();
    }

    private static YamlNode readValue(YAMLParser parser, int depth) throws IOException {
        int line = line(parser.currentTokenLocation());
        if (parser.isCurrentAlias()) {
            throw new RefusedYaml(line, "alias", "*" + parser.getText());
        }
        if (depth > MAX_DEPTH) {
            throw new RefusedYaml(line, "tooDeep", String.valueOf(MAX_DEPTH));
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return readMapping(parser, depth, line);
        }
        if (token == JsonToken.START_ARRAY) {
            return readSequence(parser, depth, line);
        }
        return new YamlNode.Scalar(token == JsonToken.VALUE_NULL ? "" : parser.getText(), line);
    }

    private static YamlNode readMapping(YAMLParser parser, int depth, int line) throws IOException {
        Map<String, YamlNode> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = line(parser.currentTokenLocation());
            parser.nextToken();
            if (fields.put(key, readValue(parser, depth + 1)) != null) {
                throw new RefusedYaml(keyLine, "duplicateKey", key);
            }
        }
        return new YamlNode.Mapping(fields, line);
    }

    private static YamlNode readSequence(YAMLParser parser, int depth, int line) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        JsonToken token = parser.nextToken();
        while (token != null && token != JsonToken.END_ARRAY) {
            items.add(readValue(parser, depth + 1));
            token = parser.nextToken();
        }
        return new YamlNode.Sequence(items, line);
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }

    /** Stops reading at the first structural refusal; the tree would be meaningless past it. */
    private static final class RefusedYaml extends RuntimeException {
        private final int line;
        private final String messageKey;
        private final Object[] args;

        RefusedYaml(int line, String messageKey, Object... args) {
            super(messageKey, null, false, false);
            this.line = line;
            this.messageKey = messageKey;
            this.args = args;
        }
    }
}
