package org.fairaudit.domain;

/** How many workers were interviewed, by group. Counts only: interview notes are confidential and live elsewhere. */
public record InterviewCounts(int migrant, int local, int women, int men, int individual, int group) {
    public static final InterviewCounts NONE = new InterviewCounts(0, 0, 0, 0, 0, 0);

    public int total() {
        return individual + group;
    }
}
