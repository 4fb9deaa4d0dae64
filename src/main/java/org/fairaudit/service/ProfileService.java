package org.fairaudit.service;

import java.util.Optional;
import org.fairaudit.domain.AccessPolicy;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;

/** The profile using this installation; every change is stamped with it. */
public interface ProfileService {
    /** Empty on first start, before the user has named a profile. */
    Optional<Profile> current();

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
