package org.fairaudit.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;
import org.fairaudit.ui.common.Screen;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

class MainViewModelTest {
    private final CountingScreen first = new CountingScreen();
    private final CountingScreen second = new CountingScreen();
    private int secondBuilds;
    private final MainViewModel main = new MainViewModel(
            List.of(new NavigationEntry("main.nav.dashboard", MaterialDesignF.FACTORY, () -> first),
                    new NavigationEntry("main.nav.suppliers", MaterialDesignF.FACTORY, () -> {
                        secondBuilds++;
                        return second;
                    })),
            new Profile(UUID.randomUUID(), "Aye Thandar", Role.AUDITOR), "/home/aye/fairaudit.mv.db",
            FXCollections.observableArrayList());

    @Test
    void selectingShowsTheScreenAndRefreshesIt() {
        main.select(1);

        assertThat(main.selectedProperty().get().screen()).isSameAs(second);
        assertThat(main.selectedIndex()).isEqualTo(1);
        assertThat(second.refreshes).isEqualTo(1);

        main.select(1);
        assertThat(second.refreshes).as("no reload when already shown").isEqualTo(1);
        main.select(0);
        main.select(1);
        assertThat(second.refreshes).isEqualTo(2);
    }

    @Test
    void aScreenIsBuiltWhenFirstShown() {
        main.select(0);

        assertThat(main.entries().get(0).isBuilt()).isTrue();
        assertThat(main.entries().get(1).isBuilt()).as("not shown yet, so not built").isFalse();

        main.select(1);
        main.select(0);
        main.select(1);
        assertThat(main.entries().get(1).isBuilt()).isTrue();
        assertThat(secondBuilds).as("built once, however often shown").isEqualTo(1);
    }

    @Test
    void anIndexWithoutScreenIsIgnored() {
        main.select(0);
        main.select(4);

        assertThat(main.selectedIndex()).isZero();
    }

    @Test
    void theStatusBarNamesProfileRoleAndDatabase() {
        assertThat(main.profileText()).isEqualTo("Aye Thandar · Auditor");
        assertThat(main.databaseText()).contains("/home/aye/fairaudit.mv.db");
    }

    @Test
    void aWarningStaysInTheStatusBarUntilFollowedToItsScreen() {
        main.select(0);
        assertThat(main.warningProperty().get()).isEmpty();

        main.warn("The last backup failed: open Settings", "main.nav.suppliers");
        assertThat(main.warningProperty().get()).isEqualTo("The last backup failed: open Settings");

        main.followWarning();

        assertThat(main.selectedProperty().get().screen()).isSameAs(second);
        assertThat(main.warningProperty().get()).isEmpty();
    }

    private static final class CountingScreen implements Screen {
        int refreshes;

        @Override
        public Node root() {
            return null;
        }

        @Override
        public void refresh() {
            refreshes++;
        }
    }
}
