package org.fairaudit.domain;

import java.util.OptionalDouble;

/**
 * Counts behind a score: requirements applicable, assessed (applicable and given a result),
 * and positive (compliant or observation). The score is positive over assessed, in percent.
 */
public record Score(int applicable, int assessed, int positive) {
    public static final Score EMPTY = new Score(0, 0, 0);

    public static Score of(ResponseResult result) {
        return new Score(result.isApplicable() ? 1 : 0, result.isAssessed() ? 1 : 0, result.isPositive() ? 1 : 0);
    }

    public Score plus(Score other) {
        return new Score(applicable + other.applicable, assessed + other.assessed, positive + other.positive);
    }

    /** Empty when nothing was assessed: no score can be given. */
    public OptionalDouble percent() {
        return assessed == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * positive / assessed);
    }

    /** Share of applicable requirements assessed; 1 when nothing is applicable. */
    public double completeness() {
        return applicable == 0 ? 1.0 : (double) assessed / applicable;
    }
}
