package org.fairaudit.ui.fakes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;
import org.fairaudit.service.DemoDataService;
import org.fairaudit.service.ProfileAccounts;
import org.fairaudit.service.ProfileService;
import org.fairaudit.service.ProgressListener;
import org.fairaudit.service.SignInException;

/** A profile store and a demo-data loader that remember what they were asked to do; passwords kept in clear. */
public final class FakeProfiles implements ProfileService, ProfileAccounts, DemoDataService {
    public Profile current;
    public boolean databaseEmpty = true;
    public int demoDataRuns;
    public final List<Profile> profiles = new ArrayList<>();
    public final Map<UUID, String> passwords = new HashMap<>();

    @Override
    public Optional<Profile> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public Profile createAndUse(String name, Role role) {
        current = create(name, role, new char[0]);
        return current;
    }

    @Override
    public List<Profile> signInChoices() {
        return List.copyOf(profiles);
    }

    @Override
    public boolean hasPassword(UUID profileId) {
        return passwords.containsKey(profileId);
    }

    @Override
    public boolean signInRequired() {
        return profiles.size() > 1 || !passwords.isEmpty();
    }

    @Override
    public Profile signIn(UUID profileId, char[] password) {
        Profile profile = profiles.stream().filter(p -> p.id().equals(profileId)).findFirst()
                .orElseThrow(SignInException::new);
        String expected = passwords.get(profileId);
        if (expected != null && !expected.equals(new String(password))) {
            throw new SignInException();
        }
        current = profile;
        return profile;
    }

    @Override
    public Profile create(String name, Role role, char[] password) {
        Profile profile = new Profile(UUID.randomUUID(), name, role);
        profiles.add(profile);
        if (password.length > 0) {
            passwords.put(profile.id(), new String(password));
        }
        return profile;
    }

    @Override
    public Profile changeRole(UUID profileId, Role role) {
        Profile changed = profiles.stream().filter(p -> p.id().equals(profileId)).findFirst().map(
                p -> new Profile(p.id(), p.name(), role)).orElseThrow();
        profiles.replaceAll(p -> p.id().equals(profileId) ? changed : p);
        return changed;
    }

    @Override
    public void changePassword(UUID profileId, char[] currentPassword, char[] newPassword) {
        if (newPassword.length == 0) {
            passwords.remove(profileId);
        } else {
            passwords.put(profileId, new String(newPassword));
        }
    }

    @Override
    public <T> T asDemoAuthor(String name, Role role, Supplier<T> work) {
        return work.get();
    }

    @Override
    public boolean isDatabaseEmpty() {
        return databaseEmpty;
    }

    @Override
    public void createDemoData(ProgressListener progress) {
        progress.progress(1, 1, "done");
        demoDataRuns++;
        databaseEmpty = false;
    }
}
