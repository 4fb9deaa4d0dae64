package org.fairaudit.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.junit.jupiter.api.Test;

class UnlockViewModelTest {
    private static final class Wrong extends RuntimeException {
    }

    private final List<char[]> tried = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private final List<String> gaveUp = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    private final UnlockViewModel<String> viewModel = new UnlockViewModel<>(passphrase -> {
        tried.add(passphrase);
        if (!Arrays.equals(passphrase, "right one".toCharArray())) {
            throw new Wrong();
        }
        return "context";
    }, Wrong.class::isInstance, new DirectUiExecutor());

    private void unlock(String passphrase) {
        viewModel.unlock(passphrase.toCharArray(), opened::add, () -> gaveUp.add("gave up"), failures::add);
    }

    @Test
    void fourWrongPassphrasesEndTheStartAndEveryTryIsWiped() {
        for (int left = 3; left > 0; left--) {
            unlock("wrong");
            assertThat(viewModel.messageProperty().get()).isEqualTo(Messages.get("unlock.wrong", left));
        }
        assertThat(gaveUp).isEmpty();
        unlock("wrong");
        assertThat(gaveUp).containsExactly("gave up");
        assertThat(opened).isEmpty();
        assertThat(tried).hasSize(4).allSatisfy(chars -> assertThat(chars).containsOnly('\0'));
    }

    @Test
    void theRightPassphraseAfterAWrongOneOpens() {
        unlock("wrong");
        unlock("right one");
        assertThat(opened).containsExactly("context");
        assertThat(failures).isEmpty();
    }

    @Test
    void otherFailuresAreNotCountedAsWrongPassphrases() {
        UnlockViewModel<String> failing = new UnlockViewModel<>(passphrase -> {
            throw new IllegalStateException("disk gone");
        }, Wrong.class::isInstance, new DirectUiExecutor());
        failing.unlock("any".toCharArray(), opened::add, () -> gaveUp.add("gave up"), failures::add);
        assertThat(failures).singleElement().isInstanceOf(IllegalStateException.class);
        assertThat(gaveUp).isEmpty();
    }
}
