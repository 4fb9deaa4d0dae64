package org.fairaudit.service;

import java.util.Optional;
import org.fairaudit.domain.AccessPolicy;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;

/**
 * Who is using FairAudit, and the check every use case makes. Signing in and managing profiles is
 * {@link ProfileAccounts}.
 */
public interface ProfileService {
    /** Empty before anyone has signed in (and on first start, before the user has named a profile). */
    Optional<Profile> current();

    /**
     * Creates a profile without a password and signs it in: the first profile at first start, and further
     * profiles while no profile has a password (there is nothing to protect then).
     *
     * @throws AccessDeniedException when a profile has a password and the signed-in one may not manage profiles
     */
    Profile createAndUse(String name, Role role);

    /** Whether the signed-in profile may do this; the UI uses it to hide what a role may not do. */
    default boolean may(Permission permission) {
        return current().map(profile -> AccessPolicy.allows(profile.role(), permission)).orElse(false);
    }

    /**
     * Every service method calls this before it reads or writes.
     *
     * @return the signed-in profile, for use cases that also check ownership
     * @throws AccessDeniedException when no profile is signed in or its role lacks the permission
     */
    default Profile require(Permission permission) {
        return current().filter(profile -> AccessPolicy.allows(profile.role(), permission))
                .orElseThrow(() -> new AccessDeniedException(permission));
    }
}
