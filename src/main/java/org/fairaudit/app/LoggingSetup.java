package org.fairaudit.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * Logback's configuration, in code rather than {@code logback.xml}: reading XML loads some 270 more classes and took
 * about half a second of every start-up (docs/decisions/0023). Found by logback through {@code META-INF/services}.
 *
 * <p>Logs go to standard error at WARN, or at the level named by {@value #LEVEL_ENV}. A file given with
 * {@code -Dlogback.configurationFile=...} replaces this configuration. Logs never carry worker-identifying data: log
 * ids and counts, not names, notes or pseudonyms.
 */
public final class LoggingSetup extends ContextAwareBase implements Configurator {
    static final String LEVEL_ENV = "FAIRAUDIT_LOG_LEVEL";
    private static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n";
    /** Libraries that say too much at INFO. */
    private static final String[] QUIET_LIBRARIES = {"org.flywaydb", "org.apache.poi", "com.zaxxer"};

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        for (String library : QUIET_LIBRARIES) {
            context.getLogger(library).setLevel(Level.WARN);
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(rootLevel(System.getenv()));
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    static Level rootLevel(Map<String, String> env) {
        return Level.toLevel(env.get(LEVEL_ENV), Level.WARN);
    }
}
