package org.fairaudit.excel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A canonical text form of domain records, for hashing: record components in declaration order, every
 * string length-prefixed (so no two values run together), sets and map entries sorted (their iteration
 * order differs between JVM runs), lists in their order.
 */
final class CanonicalForm {
    private final Consumer<String> sink;

    private CanonicalForm(Consumer<String> sink) {
        this.sink = sink;
    }

    /** Streams the canonical form of {@code value} into {@code sink}, piece by piece. */
    static void write(Object value, Consumer<String> sink) {
        new CanonicalForm(sink).value(value);
    }

    static String text(Object value) {
        StringBuilder text = new StringBuilder();
        write(value, text::append);
        return text.toString();
    }

    private void value(Object value) {
        if (value == null) {
            sink.accept("~");
        } else if (value instanceof Record record) {
            record(record);
        } else if (value instanceof Set<?> set) {
            sorted("{", set.stream().map(CanonicalForm::text).sorted().toList(), "}");
        } else if (value instanceof Collection<?> list) {
            sink.accept("[");
            list.forEach(this::value);
            sink.accept("]");
        } else if (value instanceof Map<?, ?> map) {
            sorted("<", map.entrySet().stream()
                    .map(entry -> text(entry.getKey()) + text(entry.getValue())).sorted().toList(), ">");
        } else if (value instanceof Optional<?> optional) {
            sink.accept("?");
            value(optional.orElse(null));
        } else if (value instanceof Enum<?> constant) {
            string(constant.name());
        } else {
            string(value.toString());
        }
    }

    private void record(Record record) {
        sink.accept(record.getClass().getSimpleName());
        sink.accept("(");
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            sink.accept(component.getName());
            sink.accept("=");
            value(component(record, component));
        }
        sink.accept(")");
    }

    private void sorted(String open, Iterable<String> parts, String close) {
        sink.accept(open);
        parts.forEach(sink);
        sink.accept(close);
    }

    private void string(String text) {
        sink.accept(text.length() + ":" + text);
    }

    private static Object component(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component + " of " + record.getClass(), e);
        }
    }
}
