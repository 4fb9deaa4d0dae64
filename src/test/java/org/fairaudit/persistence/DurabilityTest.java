package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer killed with SIGKILL at a random moment loses nothing it reported as saved, plain or encrypted
 * (DESIGN.md §9, docs/decisions/0004). {@code bench/run-crash-soak.sh} runs the same harness for 20+ trials.
 */
class DurabilityTest {
    static final int TRIALS = 3;

    @TempDir
    Path dir;

    @Test
    @Timeout(180)
    void everyAcknowledgedCommitSurvivesKillMinus9() throws Exception {
        List<CrashSoak.Trial> trials = new CrashSoak(dir, 42).run(TRIALS);

        assertThat(trials).hasSize(TRIALS).anyMatch(CrashSoak.Trial::encrypted);
        assertThat(trials).allSatisfy(trial -> {
            assertThat(trial.acknowledged()).as("commits before the kill").isPositive();
            assertThat(trial.lost()).as("acknowledged edits missing after kill -9").isZero();
            assertThat(trial.changeLogIntact()).isTrue();
        });
    }
}
