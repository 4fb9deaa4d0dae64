package org.fairaudit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
    @Test
    void monitorsReadNoAuditsAndNoFindingsOfAudits() {
        assertThat(AccessPolicy.allows(Role.MONITOR, Permission.READ_AUDITS)).isFalse();
        assertThat(AccessPolicy.allows(Role.MONITOR, Permission.READ_FINDINGS)).isFalse();
        assertThat(AccessPolicy.allows(Role.MONITOR, Permission.READ_ALL_MONITOR_REPORTS)).isFalse();
        assertThat(AccessPolicy.allows(Role.MONITOR, Permission.FILE_MONITOR_REPORTS)).isTrue();
    }

    @Test
    void onlyReviewersAndAdministratorsReview() {
        for (Permission review : EnumSet.of(Permission.REVIEW_AUDITS, Permission.REVIEW_MONITOR_REPORTS,
                Permission.VERIFY_ACTIONS, Permission.RESOLVE_CONFLICTS, Permission.EXPORT_PORTFOLIO)) {
            assertThat(AccessPolicy.allows(Role.AUDITOR, review)).as(review.name()).isFalse();
            assertThat(AccessPolicy.allows(Role.MONITOR, review)).as(review.name()).isFalse();
            assertThat(AccessPolicy.allows(Role.REVIEWER, review)).as(review.name()).isTrue();
            assertThat(AccessPolicy.allows(Role.ADMINISTRATOR, review)).as(review.name()).isTrue();
        }
    }

    @Test
    void reviewersDoNotFillInChecklistsAndOnlyAdministratorsManageProfiles() {
        assertThat(AccessPolicy.allows(Role.REVIEWER, Permission.EDIT_AUDITS)).isFalse();
        assertThat(AccessPolicy.allows(Role.AUDITOR, Permission.EDIT_AUDITS)).isTrue();
        for (Role role : EnumSet.of(Role.AUDITOR, Role.MONITOR, Role.REVIEWER)) {
            assertThat(AccessPolicy.allows(role, Permission.MANAGE_PROFILES)).as(role.name()).isFalse();
            assertThat(AccessPolicy.allows(role, Permission.PROTECT_DATABASE)).as(role.name()).isTrue();
        }
        assertThat(AccessPolicy.permissionsOf(Role.ADMINISTRATOR)).containsExactlyInAnyOrder(Permission.values());
    }

    @Test
    void nobodySignedInMayDoNothing() {
        for (Permission permission : Permission.values()) {
            assertThat(AccessPolicy.allows(null, permission)).isFalse();
        }
    }
}
