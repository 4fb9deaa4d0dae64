package org.fairaudit.domain;

import java.util.List;

/** Forced-labour risk of a supplier or audit: the indicators evidenced by findings and the level they amount to. */
public record ForcedLabourRisk(Level level, List<ForcedLabourIndicator> indicators) {
    public enum Level { NONE, POSSIBLE, STRONG }

    public static final ForcedLabourRisk NONE = new ForcedLabourRisk(Level.NONE, List.of());

    public ForcedLabourRisk {
        indicators = List.copyOf(indicators);
    }
}
