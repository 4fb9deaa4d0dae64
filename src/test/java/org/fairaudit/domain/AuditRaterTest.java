package org.fairaudit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditRaterTest {
    private static final CodeOfConduct CODE = TestCodes.code("base", 4, 6);

    private static Map<RequirementKey, ResponseResult> results(ResponseResult... inOrder) {
        Map<RequirementKey, ResponseResult> results = new HashMap<>();
        for (int i = 0; i < inOrder.length; i++) {
            results.put(new RequirementKey("base", "X-" + (i + 1)), inOrder[i]);
        }
        return results;
    }

    private static Finding finding(Severity severity, FindingStatus status, Set<ForcedLabourIndicator> indicators,
                                   RequirementKey... requirements) {
        return new Finding(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), List.of(requirements), severity,
                "d", "", null, Scope.ISOLATED, indicators, "", status, LocalDate.of(2026, 1, 1), "", 0);
    }

    @Test
    void nothingAssessedGivesNoGradeAndIsIncomplete() {
        AuditRating rating = AuditRater.rate(List.of(CODE), Map.of(), List.of());

        assertThat(rating.overall()).isEqualTo(new Score(10, 0, 0));
        assertThat(rating.overall().percent()).isEmpty();
        assertThat(rating.grade()).isEmpty();
        assertThat(rating.incomplete()).isTrue();
        assertThat(rating.codes()).singleElement().satisfies(c -> assertThat(c.grade()).isEmpty());
    }

    @Test
    void allNotApplicableGivesNoGradeButIsNotIncomplete() {
        Map<RequirementKey, ResponseResult> results = new HashMap<>();
        CODE.requirements().forEach(r -> results.put(new RequirementKey("base", r.ref()), ResponseResult.NOT_APPLICABLE));

        AuditRating rating = AuditRater.rate(List.of(CODE), results, List.of());

        assertThat(rating.overall()).isEqualTo(new Score(0, 0, 0));
        assertThat(rating.grade()).isEmpty();
        assertThat(rating.incomplete()).isFalse();
    }

    @Test
    void compliantAndObservationCountAsPositiveOverAssessed() {
        AuditRating rating = AuditRater.rate(List.of(CODE), results(
                ResponseResult.COMPLIANT, ResponseResult.OBSERVATION, ResponseResult.NON_COMPLIANT,
                ResponseResult.NOT_APPLICABLE, ResponseResult.COMPLIANT, ResponseResult.COMPLIANT,
                ResponseResult.COMPLIANT, ResponseResult.COMPLIANT, ResponseResult.NON_COMPLIANT,
                ResponseResult.COMPLIANT), List.of());

        assertThat(rating.overall()).isEqualTo(new Score(9, 9, 7));
        assertThat(rating.overall().percent().getAsDouble()).isCloseTo(77.78, within(0.01));
        assertThat(rating.grade()).contains(Grade.B);
        assertThat(rating.sections()).extracting(SectionScore::score)
                .containsExactly(new Score(3, 3, 2), new Score(6, 6, 5));
        assertThat(rating.incomplete()).isFalse();
    }

    @Test
    void gradeBandsAreInclusiveAtTheirLowerBound() {
        assertThat(Grade.fromPercent(86.0)).isEqualTo(Grade.A);
        assertThat(Grade.fromPercent(85.99)).isEqualTo(Grade.B);
        assertThat(Grade.fromPercent(71.0)).isEqualTo(Grade.B);
        assertThat(Grade.fromPercent(70.99)).isEqualTo(Grade.C);
        assertThat(Grade.fromPercent(51.0)).isEqualTo(Grade.C);
        assertThat(Grade.fromPercent(50.0)).isEqualTo(Grade.D);
        assertThat(Grade.fromPercent(30.0)).isEqualTo(Grade.D);
        assertThat(Grade.fromPercent(29.99)).isEqualTo(Grade.E);
        assertThat(Grade.fromPercent(100)).isEqualTo(Grade.A);
        assertThat(Grade.fromPercent(0)).isEqualTo(Grade.E);
    }

    @Test
    void exactlyOnTheBoundaryFromCountsGetsTheHigherGrade() {
        CodeOfConduct fifty = TestCodes.code("base", 50);
        Map<RequirementKey, ResponseResult> results = new HashMap<>();
        for (int i = 1; i <= 50; i++) {
            results.put(new RequirementKey("base", "X-" + i), i <= 43 ? ResponseResult.COMPLIANT : ResponseResult.NON_COMPLIANT);
        }
        // 43 / 50 = 86 % exactly
        assertThat(AuditRater.rate(List.of(fifty), results, List.of()).grade()).contains(Grade.A);
    }

    @Test
    void openZeroToleranceFindingForcesGradeE() {
        Map<RequirementKey, ResponseResult> allCompliant = new HashMap<>();
        CODE.requirements().forEach(r -> allCompliant.put(new RequirementKey("base", r.ref()), ResponseResult.COMPLIANT));
        Finding open = finding(Severity.ZERO_TOLERANCE, FindingStatus.IN_PROGRESS, Set.of(), new RequirementKey("base", "X-1"));

        AuditRating rating = AuditRater.rate(List.of(CODE), allCompliant, List.of(open));

        assertThat(rating.overall().percent().getAsDouble()).isEqualTo(100.0);
        assertThat(rating.grade()).contains(Grade.E);
        assertThat(rating.zeroToleranceOverride()).isTrue();
        assertThat(rating.codes()).singleElement().satisfies(c -> assertThat(c.grade()).contains(Grade.E));
    }

    @Test
    void closedZeroToleranceFindingNoLongerOverridesTheGrade() {
        Map<RequirementKey, ResponseResult> allCompliant = new HashMap<>();
        CODE.requirements().forEach(r -> allCompliant.put(new RequirementKey("base", r.ref()), ResponseResult.COMPLIANT));
        Finding verified = finding(Severity.ZERO_TOLERANCE, FindingStatus.VERIFIED, Set.of(), new RequirementKey("base", "X-1"));

        AuditRating rating = AuditRater.rate(List.of(CODE), allCompliant, List.of(verified));

        assertThat(rating.grade()).contains(Grade.A);
        assertThat(rating.zeroToleranceOverride()).isFalse();
    }

    @Test
    void incompleteBelowNinetyPercentAssessed() {
        CodeOfConduct ten = TestCodes.code("base", 10);
        Map<RequirementKey, ResponseResult> nine = new HashMap<>();
        for (int i = 1; i <= 9; i++) {
            nine.put(new RequirementKey("base", "X-" + i), ResponseResult.COMPLIANT);
        }
        assertThat(AuditRater.rate(List.of(ten), nine, List.of()).incomplete()).isFalse();
        nine.remove(new RequirementKey("base", "X-9"));
        assertThat(AuditRater.rate(List.of(ten), nine, List.of()).incomplete()).isTrue();
    }

    @Test
    void forcedLabourRiskCountsIndicatorsFromFindingsAndBreachedRequirements() {
        CodeOfConduct fl = new CodeOfConduct("fl", "FL", "1.0", "i", "en", "", List.of(new CodeSection("s", "S", List.of(
                TestCodes.indicator("FL-1", ForcedLabourIndicator.EXCESSIVE_OVERTIME, false),
                TestCodes.indicator("FL-2", ForcedLabourIndicator.DEBT_BONDAGE, true)))));

        assertThat(AuditRater.forcedLabourRisk(List.of(fl), List.of())).isEqualTo(ForcedLabourRisk.NONE);

        Finding overtime = finding(Severity.MAJOR, FindingStatus.OPEN, Set.of(), new RequirementKey("fl", "FL-1"));
        ForcedLabourRisk possible = AuditRater.forcedLabourRisk(List.of(fl), List.of(overtime));
        assertThat(possible.level()).isEqualTo(ForcedLabourRisk.Level.POSSIBLE);
        assertThat(possible.indicators()).containsExactly(ForcedLabourIndicator.EXCESSIVE_OVERTIME);

        Finding deception = finding(Severity.MINOR, FindingStatus.OPEN, Set.of(ForcedLabourIndicator.DECEPTION));
        assertThat(AuditRater.forcedLabourRisk(List.of(fl), List.of(overtime, deception)).level())
                .isEqualTo(ForcedLabourRisk.Level.STRONG);

        Finding debt = finding(Severity.MAJOR, FindingStatus.OPEN, Set.of(), new RequirementKey("fl", "FL-2"));
        assertThat(AuditRater.forcedLabourRisk(List.of(fl), List.of(debt)).level())
                .as("an indicator marked strong on its own").isEqualTo(ForcedLabourRisk.Level.STRONG);

        Finding praise = finding(Severity.GOOD_PRACTICE, FindingStatus.OPEN, Set.of(ForcedLabourIndicator.ISOLATION));
        assertThat(AuditRater.forcedLabourRisk(List.of(fl), List.of(praise))).isEqualTo(ForcedLabourRisk.NONE);
    }
}
