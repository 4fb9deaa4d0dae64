package org.fairaudit.domain;

/** A requirement named across codes: the code it belongs to and its ref within that code. */
public record RequirementKey(String codeId, String ref) {
    @Override
    public String toString() {
        return codeId + ":" + ref;
    }

    /** Parses the {@code codeId:ref} form of {@link #toString()}. */
    public static RequirementKey parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("Not a requirement key (code:ref): " + text);
        }
        return new RequirementKey(text.substring(0, colon), text.substring(colon + 1));
    }
}
