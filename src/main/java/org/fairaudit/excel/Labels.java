package org.fairaudit.excel;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.fairaudit.i18n.Messages;

/** Localised labels of enum values, in a stable order. */
final class Labels {
    private static final String SEPARATOR = "; ";
    /** Looked up once per language: a bundle lookup for every cell was a tenth of a portfolio export. */
    private static final Map<Locale, Map<Enum<?>, String>> CACHE = new ConcurrentHashMap<>();

    private Labels() {
    }

    static String of(Enum<?> value) {
        return value == null ? "" : label(value);
    }

    private static String label(Enum<?> value) {
        return CACHE.computeIfAbsent(Locale.getDefault(), locale -> new ConcurrentHashMap<>())
                .computeIfAbsent(value, Messages::of);
    }

    /** Labels in declaration order: sets from the domain have no stable iteration order between runs. */
    static <E extends Enum<E>> String of(Collection<E> values) {
        return values.stream().sorted(Comparator.naturalOrder()).map(Labels::label)
                .collect(Collectors.joining(SEPARATOR));
    }

    static String join(List<String> values) {
        return String.join(SEPARATOR, values);
    }

    /** Labels of all values of an enum, for a dropdown list. */
    static String[] all(Class<? extends Enum<?>> type) {
        Enum<?>[] constants = type.getEnumConstants();
        String[] labels = new String[constants.length];
        for (int i = 0; i < constants.length; i++) {
            labels[i] = Messages.of(constants[i]);
        }
        return labels;
    }

    /** "Thailand – TH": the name in the user's language, with the ISO 3166-1 code that the data holds. */
    static String country(String isoCode) {
        if (isoCode == null || isoCode.isBlank()) {
            return "";
        }
        String name = new Locale("", isoCode).getDisplayCountry();
        return name.isEmpty() || name.equals(isoCode) ? isoCode : name + " \u2013 " + isoCode;
    }
}
