package org.fairaudit.domain;

import java.util.Map;

/**
 * A crosswalk topic (DESIGN.md §4): the headings it falls under in other codes and schemes,
 * the decent-work pillar and the UN Global Compact principle it belongs to.
 *
 * @param headings scheme name (ETI, SA8000, amfori BSCI, RBA, FLA, ILO, Dhaka / IRIS) → heading, in scheme order
 */
public record Topic(String id, String title, String pillar, int ungcPrinciple, Map<String, String> headings) {
    public Topic {
        headings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headings));
    }

    /** Resource-bundle key of the pillar's name ({@code pillar} is an id such as {@code rights-at-work}). */
    public String pillarKey() {
        return "codes.pillar." + pillar;
    }
}
