package org.fairaudit.ui.common;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** ISO 3166-1 alpha-2 countries with their names in the user's language, as the country fields offer them. */
public final class Countries {
    private static final List<String> CODES = List.of(Locale.getISOCountries());

    private Countries() {
    }

    /** "Malaysia (MY)": what suggestions show and what a chosen suggestion leaves in the field. */
    public static String label(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry();
        return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }

    /** Every country label, sorted by name. */
    public static List<String> labels() {
        return CODES.stream().map(Countries::label).sorted(Comparator.comparing(String::toLowerCase)).toList();
    }

    /**
     * The code the user meant: a code ("my"), a label ("Malaysia (MY)"), a name ("malaysia"), or the start of
     * exactly one name ("Myanmar" for "Myanmar (Burma)"). Empty when the text names no single country.
     */
    public static Optional<String> resolve(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.trim().toLowerCase(Locale.ROOT);
        String upper = typed.toUpperCase(Locale.ROOT);
        if (CODES.contains(upper)) {
            return Optional.of(upper);
        }
        Optional<String> exact = CODES.stream()
                .filter(code -> label(code).toLowerCase().equals(typed) || name(code).equals(typed))
                .findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<String> starting = CODES.stream().filter(code -> name(code).startsWith(typed)).limit(2).toList();
        return starting.size() == 1 ? Optional.of(starting.get(0)) : Optional.empty();
    }

    private static String name(String code) {
        return new Locale("", code).getDisplayCountry().toLowerCase();
    }

    /** The code to validate: the resolved code, or the text as typed so that the rules can refuse it. */
    public static String codeOrRaw(String text) {
        return resolve(text).orElse(text == null ? "" : text.trim());
    }
}
