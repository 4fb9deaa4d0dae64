package org.fairaudit.exchange;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The one JSON form of records in packages, and their content hash. The form is canonical — properties sorted,
 * sets written in sorted order — so that equal records give equal bytes, and equal hashes, on every installation
 * ({@code Set.copyOf} iterates in an order that differs between JVM runs).
 */
public final class RecordJson {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule().addSerializer(Set.class, new SortedSetSerializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
            .build();

    private RecordJson() {
    }

    public static byte[] bytes(Object record) {
        try {
            return MAPPER.writeValueAsBytes(record);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not serialisable: " + record.getClass().getName(), e);
        }
    }

    public static String text(Object record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not serialisable: " + record.getClass().getName(), e);
        }
    }

    /** SHA-256 (hex) of the canonical JSON: what two installations compare to know whether a record differs. */
    public static String contentHash(Object record) {
        return sha256Hex(bytes(record));
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** Writes a set as an array in its elements' natural (enum: declaration) order. */
    @SuppressWarnings("rawtypes")
    private static final class SortedSetSerializer extends JsonSerializer<Set> {
        @Override
        @SuppressWarnings("unchecked")
        public void serialize(Set set, JsonGenerator generator, SerializerProvider provider) throws IOException {
            List<Object> sorted = ((Set<Object>) set).stream().sorted().toList();
            generator.writeStartArray();
            for (Object element : sorted) {
                provider.defaultSerializeValue(element, generator);
            }
            generator.writeEndArray();
        }
    }
}
