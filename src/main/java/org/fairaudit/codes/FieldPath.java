package org.fairaudit.codes;

/**
 * Where a value sits in a template, e.g. {@code sections[2].requirements[0].severity}. Kept as links to its parent
 * and spelt out only when a problem names it: a large code has a path for each of its many values, and almost none
 * is ever shown.
 */
final class FieldPath {
    static final FieldPath ROOT = new FieldPath(null, "", -1);

    private final FieldPath parent;
    private final String key;
    private final int index;

    private FieldPath(FieldPath parent, String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    FieldPath field(String name) {
        return new FieldPath(this, name, -1);
    }

    FieldPath item(int position) {
        return new FieldPath(this, null, position);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        appendTo(text);
        return text.toString();
    }

    private void appendTo(StringBuilder text) {
        if (parent == null) {
            return;
        }
        parent.appendTo(text);
        if (key == null) {
            text.append('[').append(index).append(']');
        } else {
            text.append(text.length() == 0 ? "" : ".").append(key);
        }
    }
}
