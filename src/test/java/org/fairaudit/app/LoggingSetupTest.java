package org.fairaudit.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingSetupTest {
    @Test
    void logbackUsesTheSetupInCode() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);

        assertThat(root.getAppender("STDERR")).isInstanceOf(ConsoleAppender.class);
        assertThat(((ConsoleAppender<?>) root.getAppender("STDERR")).getTarget()).isEqualTo("System.err");
        assertThat(context.getLogger("org.flywaydb").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.apache.poi").getLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void theRootLevelIsWarnUnlessTheEnvironmentNamesAnother() {
        assertThat(LoggingSetup.rootLevel(Map.of())).isEqualTo(Level.WARN);
        assertThat(LoggingSetup.rootLevel(Map.of(LoggingSetup.LEVEL_ENV, "DEBUG"))).isEqualTo(Level.DEBUG);
        assertThat(LoggingSetup.rootLevel(Map.of(LoggingSetup.LEVEL_ENV, "nonsense"))).isEqualTo(Level.WARN);
    }
}
