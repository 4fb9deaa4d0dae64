package org.fairaudit.persistence;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** JSON of records (their fields, not derived getters such as {@code isOpenZeroTolerance}) and of string lists. */
final class Json {
    /**
     * String lists are read with Jackson's streaming parser: every start reads the stored codes' lists, and building
     * the object mapper (hundreds of classes) for them alone would delay the first window.
     */
    private static final JsonFactory STREAMING = new JsonFactory();

    private Json() {
    }

    /** Built on first use: a start that only reads needs no mapper. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, Visibility.ANY);
    }

    static String write(Object value) {
        try {
            return Mapper.INSTANCE.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not serialisable: " + value.getClass().getName(), e);
        }
    }

    static JsonNode readTree(String json) throws JsonProcessingException {
        return Mapper.INSTANCE.readTree(json);
    }

    /** Equal numbers with other scales (an amount stored as DECIMAL(19,3)) are the same value. */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    /** Whether two JSON objects are equal apart from their {@code version} field. */
    static boolean sameIgnoringVersion(String oneJson, String otherJson) {
        try {
            JsonNode one = Mapper.INSTANCE.readTree(oneJson);
            JsonNode other = Mapper.INSTANCE.readTree(otherJson);
            if (one instanceof ObjectNode first && other instanceof ObjectNode second) {
                first.remove("version");
                second.remove("version");
            }
            return one.equals(NUMBERS_BY_VALUE, other);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored record is not JSON", e);
        }
    }

    static List<String> readStringList(String json) {
        try (JsonParser parser = STREAMING.createParser(json)) {
            List<String> texts = new ArrayList<>();
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                token = parser.nextToken();
                while (token == JsonToken.VALUE_STRING) {
                    texts.add(parser.getText());
                    token = parser.nextToken();
                }
            }
            if (token != JsonToken.END_ARRAY || parser.nextToken() != null) {
                throw new IllegalStateException("Stored list is not a JSON array of strings");
            }
            return texts;
        } catch (IOException e) {
            throw new IllegalStateException("Stored list is not a JSON array of strings", e);
        }
    }
}
