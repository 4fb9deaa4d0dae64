package org.fairaudit.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.fairaudit.ui.fakes.FakeProfiles;
import org.fairaudit.ui.fakes.RecordingErrors;
import org.junit.jupiter.api.Test;

class FirstStartViewModelTest {
    private final FakeProfiles profiles = new FakeProfiles();
    private final RecordingErrors errors = new RecordingErrors();
    private final FirstStartViewModel firstStart =
            new FirstStartViewModel(profiles, profiles, profiles, new DirectUiExecutor(), errors);
    private final List<Profile> ready = new ArrayList<>();

    @Test
    void offersTheLoginNameAuditorRoleAndDemoData() {
        assertThat(firstStart.nameProperty().get()).isEqualTo(System.getProperty("user.name"));
        assertThat(firstStart.roleProperty().get()).isEqualTo(Role.AUDITOR);
        assertThat(firstStart.loadDemoDataProperty().get()).isTrue();
    }

    @Test
    void aBlankNameCannotStart() {
        firstStart.nameProperty().set("  ");

        assertThat(firstStart.fieldErrors().message("name")).isEqualTo(Messages.get("validation.required"));
        assertThat(firstStart.canStartBinding().get()).isFalse();
    }

    @Test
    void startCreatesTheProfileThenLoadsDemoData() {
        firstStart.loadCurrentProfile(current -> assertThat(current).isEmpty());
        firstStart.nameProperty().set("Aye Thandar");
        firstStart.roleProperty().set(Role.MONITOR);

        firstStart.start(ready::add);

        assertThat(ready).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Aye Thandar");
            assertThat(p.role()).isEqualTo(Role.MONITOR);
        });
        assertThat(profiles.current).isEqualTo(ready.get(0));
        assertThat(profiles.demoDataRuns).isEqualTo(1);
        assertThat(firstStart.busyProperty().get()).isFalse();
        assertThat(errors.reported).isEmpty();
    }

    @Test
    void withoutTheCheckboxNoDemoDataIsCreated() {
        firstStart.loadDemoDataProperty().set(false);

        firstStart.start(ready::add);

        assertThat(ready).hasSize(1);
        assertThat(profiles.demoDataRuns).isZero();
    }

    @Test
    void aDatabaseWithDataIsNotOfferedDemoData() {
        profiles.databaseEmpty = false;
        firstStart.loadCurrentProfile(current -> { });

        firstStart.start(ready::add);

        assertThat(firstStart.demoDataOfferedProperty().get()).isFalse();
        assertThat(profiles.demoDataRuns).isZero();
    }

    @Test
    void anExistingProfileIsHandedOverAtOnce() {
        profiles.current = new Profile(UUID.randomUUID(), "Rahima", Role.REVIEWER);
        List<Optional<Profile>> found = new ArrayList<>();

        firstStart.loadCurrentProfile(found::add);

        assertThat(found).containsExactly(Optional.of(profiles.current));
    }
}
