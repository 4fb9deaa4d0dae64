package org.fairaudit.domain;

/** A (≥ 86 %), B (71–85), C (51–70), D (30–50), E (< 30), as in the public amfori BSCI bands. */
public enum Grade {
    A(86), B(71), C(51), D(30), E(0);

    private final double lowerBound;

    Grade(double lowerBound) {
        this.lowerBound = lowerBound;
    }

    public double lowerBound() {
        return lowerBound;
    }

    public static Grade fromPercent(double percent) {
        for (Grade grade : values()) {
            if (percent >= grade.lowerBound) {
                return grade;
            }
        }
        return E;
    }
}
