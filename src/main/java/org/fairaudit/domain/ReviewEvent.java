package org.fairaudit.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One status change made in review (of an audit or a monitor report), with the reviewer's comment.
 *
 * @param subjectId    the audit or report reviewed
 * @param reviewerName the reviewer's name when the change was made
 * @param at           when it was made; {@code null} until stored
 */
public record ReviewEvent<S extends Enum<S>>(UUID id, UUID subjectId, S from, S to, String comment, UUID reviewerId,
                                             String reviewerName, Instant at) {
}
