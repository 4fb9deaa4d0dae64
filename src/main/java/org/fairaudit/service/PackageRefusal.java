package org.fairaudit.service;

/** The check a package failed; the message key names it for the user. */
public enum PackageRefusal {
    NOT_A_ZIP("exchange.refused.notZip"),
    DAMAGED("exchange.refused.damaged"),
    TOO_MANY_ENTRIES("exchange.refused.tooManyEntries"),
    ENTRY_NAME("exchange.refused.entryName"),
    DUPLICATE_ENTRY("exchange.refused.duplicateEntry"),
    TOO_LARGE("exchange.refused.tooLarge"),
    ZIP_BOMB("exchange.refused.zipBomb"),
    NO_MANIFEST("exchange.refused.noManifest"),
    MANIFEST_UNREADABLE("exchange.refused.manifestUnreadable"),
    FORMAT_VERSION("exchange.refused.formatVersion"),
    SIGNATURE("exchange.refused.signature"),
    ENTRY_HASH("exchange.refused.entryHash"),
    ENTRY_NOT_LISTED("exchange.refused.entryNotListed"),
    ENTRY_MISSING("exchange.refused.entryMissing"),
    RECORDS_UNREADABLE("exchange.refused.recordsUnreadable"),
    UNTRUSTED_SIGNER("exchange.refused.untrusted"),
    KEY_CHANGED("exchange.refused.keyChanged"),
    OWN_PACKAGE("exchange.refused.ownPackage"),
    MISSING_REFERENCE("exchange.refused.missingReference");

    private final String messageKey;

    PackageRefusal(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
