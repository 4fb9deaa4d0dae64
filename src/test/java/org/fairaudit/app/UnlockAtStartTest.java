package org.fairaudit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.fairaudit.i18n.Messages;
import org.fairaudit.persistence.Database;
import org.fairaudit.persistence.WrongPassphraseException;
import org.fairaudit.ui.common.FxUiExecutor;
import org.fairaudit.ui.main.UnlockDialog;
import org.fairaudit.ui.main.UnlockViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Starting on an encrypted database: a wrong passphrase is told apart, the right one opens it. */
@ExtendWith(ApplicationExtension.class)
class UnlockAtStartTest {
    private static final String PASSPHRASE = "river stone lantern";

    @TempDir
    Path dir;

    private final FxUiExecutor executor = new FxUiExecutor();
    private final List<AppContext> opened = new ArrayList<>();
    private final List<String> quit = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Path db = dir.resolve("fairaudit");
        Database.openH2(db, PASSPHRASE.toCharArray()).close();
        new UnlockDialog<>(new UnlockViewModel<>(passphrase -> AppContext.open(db, passphrase),
                WrongPassphraseException.class::isInstance, executor), db.toString(), opened::add,
                () -> quit.add("quit"), failures::add).show();
    }

    @AfterEach
    void stop() {
        executor.close();
        opened.forEach(AppContext::close);
    }

    @Test
    void aWrongPassphraseLeavesThreeMoreTriesThenTheRightOneOpens(FxRobot robot) throws Exception {
        robot.clickOn("#unlockPassphrase").write("river stone lanterns");
        robot.clickOn(Messages.get("unlock.unlock"));
        Label message = robot.lookup("#unlockMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message.getText().equals(Messages.get("unlock.wrong", 3)));
        assertThat(robot.lookup("#unlockPassphrase").queryTextInputControl().getText()).isEmpty();

        robot.clickOn("#unlockPassphrase").write(PASSPHRASE);
        robot.clickOn(Messages.get("unlock.unlock"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !opened.isEmpty());

        assertThat(opened.get(0).databasePath()).endsWith("fairaudit.mv.db");
        assertThat(quit).isEmpty();
        assertThat(failures).isEmpty();
    }
}
