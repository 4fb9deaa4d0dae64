package org.fairaudit.persistence;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Comparator;
import java.util.List;

/** JSON of records (their fields, not derived getters such as {@code isOpenZeroTolerance}) and of string lists. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, Visibility.ANY);
    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {
    };

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not serialisable: " + value.getClass().getName(), e);
        }
    }

    /** Equal numbers with other scales (an amount stored as DECIMAL(19,3)) are the same value. */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    /** Whether two JSON objects are equal apart from their {@code version} field. */
    static boolean sameIgnoringVersion(String oneJson, String otherJson) {
        try {
            JsonNode one = MAPPER.readTree(oneJson);
            JsonNode other = MAPPER.readTree(otherJson);
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
        try {
            return MAPPER.readValue(json, STRING_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored list is not a JSON array of strings", e);
        }
    }
}
