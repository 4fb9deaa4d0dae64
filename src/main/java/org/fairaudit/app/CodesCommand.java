package org.fairaudit.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.fairaudit.codes.CodeLibrary;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "codes", mixinStandardHelpOptions = true,
        subcommands = CodesCommand.ListCodes.class)
final class CodesCommand {

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListCodes implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            CodeLibrary library = CodeLibrary.loadBuiltIn();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-32s %-8s %5s  %s%n", Messages.get("cli.column.id"), Messages.get("cli.column.version"),
                    Messages.get("cli.column.requirements"), Messages.get("cli.column.title"));
            for (CodeOfConduct code : library.codes()) {
                out.printf("%-32s %-8s %5d  %s%n", code.id(), code.version(), code.requirementCount(), code.title());
            }
            library.problems().forEach(problem -> spec.commandLine().getErr().println(problem));
            return library.problems().isEmpty() ? 0 : 1;
        }
    }
}
