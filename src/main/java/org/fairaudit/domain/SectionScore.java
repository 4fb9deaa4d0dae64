package org.fairaudit.domain;

/** The score of one section of one code in an audit. */
public record SectionScore(CodeRef code, String sectionId, String title, Score score) {
}
