package org.fairaudit.ui.fakes;

import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;
import org.fairaudit.service.DemoDataService;
import org.fairaudit.service.ProfileService;
import org.fairaudit.service.ProgressListener;

/** A profile store and a demo-data loader that remember what they were asked to do. */
public final class FakeProfiles implements ProfileService, DemoDataService {
    public Profile current;
    public boolean databaseEmpty = true;
    public int demoDataRuns;

    @Override
    public Optional<Profile> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public Profile createAndUse(String name, Role role) {
        current = new Profile(UUID.randomUUID(), name, role);
        return current;
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
