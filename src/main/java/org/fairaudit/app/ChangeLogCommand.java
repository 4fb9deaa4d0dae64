package org.fairaudit.app;

import java.util.concurrent.Callable;
import org.fairaudit.persistence.ChangeLogVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "changelog", mixinStandardHelpOptions = true, subcommands = ChangeLogCommand.Verify.class)
final class ChangeLogCommand {

    /** Recomputes the hash chain; exit status 1 names the first altered or missing entry. */
    @Command(name = "verify", mixinStandardHelpOptions = true)
    static final class Verify implements Callable<Integer> {
        @Mixin
        DatabaseOption db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (AppContext context = db.openExisting()) {
                ChangeLogVerification verification = context.verifyChangeLog();
                if (verification.isIntact()) {
                    spec.commandLine().getOut().println(verification.message());
                    return 0;
                }
                spec.commandLine().getErr().println(spec.qualifiedName() + ": " + verification.message());
                return 1;
            }
        }
    }
}
