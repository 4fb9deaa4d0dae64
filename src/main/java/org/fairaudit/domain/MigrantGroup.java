package org.fairaudit.domain;

/** Migrant workers of one nationality (ISO 3166-1 alpha-2). */
public record MigrantGroup(String nationality, int workers) {
}
