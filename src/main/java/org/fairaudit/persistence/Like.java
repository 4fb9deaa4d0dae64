package org.fairaudit.persistence;

/** LIKE patterns from user text; queries declare {@code ESCAPE '\'} so that % and _ typed by the user match literally. */
final class Like {
    private Like() {
    }

    static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
