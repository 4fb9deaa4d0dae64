package org.fairaudit.service;

import java.util.Optional;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;

/**
 * A fixed profile for services that act on someone's behalf, e.g. the demo data's monitor and reviewer, so that
 * what they make is filed, stamped and permission-checked as that person's, never as the signed-in user's.
 */
public record ActingProfile(Profile profile) implements ProfileService {
    @Override
    public Optional<Profile> current() {
        return Optional.of(profile);
    }

    @Override
    public Profile createAndUse(String name, Role role) {
        throw new UnsupportedOperationException("The acting profile " + profile.id() + " is fixed");
    }
}
