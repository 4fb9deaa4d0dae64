package org.fairaudit.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.fairaudit.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The command line: {@code fairaudit [--db PATH] [COMMAND]}; without a command it opens the window. */
@Command(name = "fairaudit", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        resourceBundle = "i18n.cli",
        subcommands = {DemoCommand.class, CodesCommand.class, AuditsCommand.class, ExportAuditCommand.class,
            ChangeLogCommand.class, DbCommand.class, BackupCommand.class, RestoreCommand.class,
            ImportCapCommand.class, PackageCommand.class, ExportPortfolioCommand.class})
public final class Cli implements Callable<Integer> {
    /** Not an exit status: the window was opened and the JVM must keep running. */
    static final int OPEN_WINDOW = -1;
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    @Mixin
    DatabaseOption db;

    @Override
    public Integer call() {
        FairAuditApp.launch(db.resolve());
        return 0;
    }

    /** Runs the command line and returns the process exit status (0 on success). */
    public static int run(String[] args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Cli());
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            LOG.debug("Command failed", e);
            PrintWriter err = cmd.getErr();
            err.println(cmd.getCommandName() + ": " + oneLineReason(e));
            err.flush();
            return 1;
        });
        commandLine.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println(e.getCommandLine().getCommandName() + ": " + oneLineReason(e) + " (" + Messages.get("cli.seeHelp") + ")");
            err.flush();
            return 2;
        });
        return commandLine;
    }

    private static String oneLineReason(Throwable e) {
        Throwable cause = e;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(Messages.get("cli.failed"));
    }
}
