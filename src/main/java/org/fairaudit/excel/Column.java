package org.fairaudit.excel;

import org.fairaudit.i18n.Messages;

/** A column of a table sheet: its header text, width in characters, and whether it is hidden. */
record Column(String header, int width, boolean hidden) {
    static Column of(String headerKey, int width) {
        return new Column(Messages.get(headerKey), width, false);
    }

    /** A header that is a proper name, not translated (ETI, SA8000, ...). */
    static Column named(String header, int width) {
        return new Column(header, width, false);
    }

    /** Ids for a later round-trip import: present in the file, not in the user's way. */
    static Column hidden(String headerKey) {
        return new Column(Messages.get(headerKey), 38, true);
    }
}
