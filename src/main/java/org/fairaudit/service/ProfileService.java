package org.fairaudit.service;

import java.util.Optional;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;

/** The profile using this installation; every change is stamped with it. */
public interface ProfileService {
    /** Empty on first start, before the user has named a profile. */
    Optional<Profile> current();

    Profile createAndUse(String name, Role role);
}
