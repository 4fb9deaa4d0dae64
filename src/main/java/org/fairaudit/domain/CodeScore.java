package org.fairaudit.domain;

import java.util.Optional;

/** The score of one code in an audit, and the grade it gives (empty when nothing was assessed). */
public record CodeScore(CodeRef code, String title, Score score, Optional<Grade> grade) {
}
