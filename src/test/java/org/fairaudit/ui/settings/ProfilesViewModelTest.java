package org.fairaudit.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.fairaudit.ui.fakes.FakeProfiles;
import org.fairaudit.ui.fakes.RecordingErrors;
import org.fairaudit.ui.settings.ProfilesViewModel.ProfileRow;
import org.junit.jupiter.api.Test;

class ProfilesViewModelTest {
    private final FakeProfiles profiles = new FakeProfiles();
    private final RecordingErrors errors = new RecordingErrors();
    private final ProfilesViewModel viewModel =
            new ProfilesViewModel(profiles, profiles, new DirectUiExecutor(), errors);

    @Test
    void anAdministratorAddsAProfileWithAPasswordAndChangesItsRole() {
        profiles.createAndUse("Admin", Role.ADMINISTRATOR);
        assertThat(viewModel.canManage()).isTrue();

        viewModel.newNameProperty().set("Claire Dubois");
        viewModel.newRoleProperty().set(Role.MONITOR);
        viewModel.add("long enough".toCharArray());
        Profile claire = viewModel.rows().stream().map(ProfileRow::profile)
                .filter(p -> p.name().equals("Claire Dubois")).findFirst().orElseThrow();
        viewModel.changeRole(claire, Role.REVIEWER);

        assertThat(viewModel.rows()).extracting(row -> row.profile().name() + " " + row.profile().role()
                + " " + row.passwordSet()).containsExactly("Admin ADMINISTRATOR false", "Claire Dubois REVIEWER true");
        assertThat(viewModel.newNameProperty().get()).isEmpty();
        assertThat(errors.reported).isEmpty();
    }

    @Test
    void aShortPasswordIsRefusedWithTheFirstStartRuleAndNothingChanges() {
        Profile auditor = profiles.createAndUse("Auditor", Role.AUDITOR);
        assertThat(viewModel.canManage()).isFalse();

        viewModel.changePassword(auditor, new char[0], "short".toCharArray());

        assertThat(viewModel.outcomeProperty().get()).isEqualTo(Messages.get("profile.passwordShort"));
        assertThat(profiles.hasPassword(auditor.id())).isFalse();
    }
}
