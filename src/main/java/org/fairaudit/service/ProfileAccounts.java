package org.fairaudit.service;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;

/**
 * The profiles of this installation: signing in and managing them. An installation whose only profile has no
 * password signs it in by itself (a field auditor's own laptop).
 */
public interface ProfileAccounts {
    /** The profiles a user can sign in as, by name; listed without a permission because the sign-in screen needs it. */
    List<Profile> signInChoices();

    /** Whether a password is asked when signing in as this profile. */
    boolean hasPassword(UUID profileId);

    /** True when starting needs the sign-in screen: several profiles, or a password to ask. */
    boolean signInRequired();

    /**
     * Signs in; the password array is wiped before returning.
     *
     * @throws SignInException when the password is wrong or the profile cannot sign in
     */
    Profile signIn(UUID profileId, char[] password);

    /** Administrators create profiles; an empty password means none is asked. */
    Profile create(String name, Role role, char[] password);

    Profile changeRole(UUID profileId, Role role);

    /**
     * Sets a new password (empty removes it). Administrators set anyone's; others only their own, and must give
     * the current one.
     */
    void changePassword(UUID profileId, char[] currentPassword, char[] newPassword);

    /**
     * Runs {@code work} stamped as a profile that cannot sign in (the authors of demo data), so that a demo made
     * by a reviewer still shows an audit made by an auditor and a report filed by a monitor.
     */
    <T> T asDemoAuthor(String name, Role role, Supplier<T> work);
}
