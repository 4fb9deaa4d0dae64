package org.fairaudit.domain;

/** A rule broken by a value the user entered: the field it concerns and a message key for the resource bundle. */
public record Violation(String field, String messageKey) {
}
