package org.fairaudit.domain;

import java.util.Collection;
import java.util.List;

/** Forced-labour risk of a supplier or audit: the indicators evidenced by findings and the level they amount to. */
public record ForcedLabourRisk(Level level, List<ForcedLabourIndicator> indicators) {
    public enum Level { NONE, POSSIBLE, STRONG }

    public static final ForcedLabourRisk NONE = new ForcedLabourRisk(Level.NONE, List.of());

    public ForcedLabourRisk {
        indicators = List.copyOf(indicators);
    }

    /**
     * None (no indicator), possible (one), strong (two or more, or one that a template marks as strong on its own).
     *
     * @param evidenced        the indicators findings evidence
     * @param strongOnTheirOwn the indicators that templates mark as strong on their own
     */
    public static ForcedLabourRisk of(Collection<ForcedLabourIndicator> evidenced,
                                      Collection<ForcedLabourIndicator> strongOnTheirOwn) {
        if (evidenced.isEmpty()) {
            return NONE;
        }
        boolean strong = evidenced.size() >= 2 || evidenced.stream().anyMatch(strongOnTheirOwn::contains);
        return new ForcedLabourRisk(strong ? Level.STRONG : Level.POSSIBLE,
                evidenced.stream().sorted().distinct().toList());
    }
}
