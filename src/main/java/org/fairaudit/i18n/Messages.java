package org.fairaudit.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible string: {@code Messages.get("audit.progress", assessed, applicable)}.
 * Keys live in {@code resources/i18n/messages.properties} (MessageFormat patterns, UTF-8).
 * A missing key shows as {@code !key!} so that gaps are visible on screen.
 */
public final class Messages {
    private static final String BUNDLE = "i18n.messages";

    private Messages() {
    }

    public static String get(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }

    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).containsKey(key);
    }

    /** The bundle key of an enum constant: {@code enum.severity.ZERO_TOLERANCE}. */
    public static String of(Enum<?> value) {
        return get("enum." + value.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "." + value.name());
    }
}
