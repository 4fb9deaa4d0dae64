package org.fairaudit.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Scores and grades an audit from its responses and findings; the rules are DESIGN.md §5, explained in the report. */
public final class AuditRater {

    /** Under this share of applicable requirements assessed, an audit is incomplete. */
    public static final double COMPLETENESS_THRESHOLD = 0.90;

    private AuditRater() {
    }

    /**
     * @param codes    the pinned code versions the audit applies
     * @param results  result per requirement; a requirement without a result counts as not assessed
     * @param findings the findings raised in the audit
     */
    public static AuditRating rate(
            List<CodeOfConduct> codes, Map<RequirementKey, ResponseResult> results, Collection<Finding> findings) {
        List<SectionScore> sections = new ArrayList<>();
        List<CodeScore> codeScores = new ArrayList<>();
        boolean zeroToleranceOpen = findings.stream().anyMatch(Finding::isOpenZeroTolerance);
        Score overall = Score.EMPTY;
        for (CodeOfConduct code : codes) {
            Score codeTotal = Score.EMPTY;
            for (CodeSection section : code.sections()) {
                Score sectionScore = Score.EMPTY;
                for (Requirement requirement : section.requirements()) {
                    ResponseResult result = results.getOrDefault(
                            new RequirementKey(code.id(), requirement.ref()), ResponseResult.NOT_ASSESSED);
                    sectionScore = sectionScore.plus(Score.of(result));
                }
                sections.add(new SectionScore(code.ref(), section.id(), section.title(), sectionScore));
                codeTotal = codeTotal.plus(sectionScore);
            }
            codeScores.add(new CodeScore(code.ref(), code.title(), codeTotal, grade(codeTotal, zeroToleranceOpen)));
            overall = overall.plus(codeTotal);
        }
        Optional<Grade> grade = grade(overall, zeroToleranceOpen);
        boolean incomplete = overall.completeness() < COMPLETENESS_THRESHOLD;
        return new AuditRating(sections, codeScores, overall, grade, zeroToleranceOpen, incomplete,
                forcedLabourRisk(codes, findings));
    }

    static Optional<Grade> grade(Score score, boolean zeroToleranceOpen) {
        if (zeroToleranceOpen) {
            return Optional.of(Grade.E);
        }
        return score.percent().isPresent()
                ? Optional.of(Grade.fromPercent(score.percent().getAsDouble()))
                : Optional.empty();
    }

    /**
     * Indicators evidenced by findings (named on the finding or carried by a requirement it breaches):
     * none, possible (one), strong (two or more, or one the template marks as strong on its own).
     * Good-practice findings evidence nothing.
     */
    public static ForcedLabourRisk forcedLabourRisk(List<CodeOfConduct> codes, Collection<Finding> findings) {
        Set<ForcedLabourIndicator> evidenced = EnumSet.noneOf(ForcedLabourIndicator.class);
        Set<ForcedLabourIndicator> strongOnTheirOwn = EnumSet.noneOf(ForcedLabourIndicator.class);
        for (Finding finding : findings) {
            if (finding.severity() == Severity.GOOD_PRACTICE) {
                continue;
            }
            evidenced.addAll(finding.indicators());
            for (RequirementKey key : finding.requirements()) {
                requirement(codes, key).filter(r -> r.indicator() != null).ifPresent(r -> evidenced.add(r.indicator()));
            }
        }
        codes.stream().flatMap(CodeOfConduct::requirements)
                .filter(r -> r.indicator() != null && r.strongIndicator())
                .forEach(r -> strongOnTheirOwn.add(r.indicator()));
        return ForcedLabourRisk.of(evidenced, strongOnTheirOwn);
    }

    private static Optional<Requirement> requirement(List<CodeOfConduct> codes, RequirementKey key) {
        return codes.stream().filter(c -> c.id().equals(key.codeId())).findFirst()
                .flatMap(code -> code.requirement(key.ref()));
    }
}
