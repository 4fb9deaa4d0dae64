package org.fairaudit.domain;

/** The eleven ILO indicators of forced labour (DOMAIN.md §3); ids are used in code templates. */
public enum ForcedLabourIndicator {
    ABUSE_OF_VULNERABILITY("abuse-of-vulnerability"),
    DECEPTION("deception"),
    RESTRICTION_OF_MOVEMENT("restriction-of-movement"),
    ISOLATION("isolation"),
    PHYSICAL_AND_SEXUAL_VIOLENCE("physical-and-sexual-violence"),
    INTIMIDATION_AND_THREATS("intimidation-and-threats"),
    RETENTION_OF_IDENTITY_DOCUMENTS("retention-of-identity-documents"),
    WITHHOLDING_OF_WAGES("withholding-of-wages"),
    DEBT_BONDAGE("debt-bondage"),
    ABUSIVE_WORKING_AND_LIVING_CONDITIONS("abusive-working-and-living-conditions"),
    EXCESSIVE_OVERTIME("excessive-overtime");

    private final String id;

    ForcedLabourIndicator(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static ForcedLabourIndicator fromId(String id) {
        for (ForcedLabourIndicator indicator : values()) {
            if (indicator.id.equals(id)) {
                return indicator;
            }
        }
        throw new IllegalArgumentException("Unknown forced-labour indicator: " + id);
    }
}
