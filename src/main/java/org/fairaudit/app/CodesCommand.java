package org.fairaudit.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fairaudit.codes.CodeLibrary;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.CodeImportPreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "codes", mixinStandardHelpOptions = true,
        subcommands = {CodesCommand.ListCodes.class, CodesCommand.ImportCode.class})
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

    /** {@code codes import --db PATH FILE.xlsx}: a code of conduct from a sheet, kept beside the database. */
    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class ImportCode implements Callable<Integer> {
        @Mixin
        DatabaseOption db;

        @Parameters(index = "0", paramLabel = "FILE.xlsx")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (AppContext context = db.openExisting()) {
                CodeImportPreview preview = context.services().codeImport().preview(file);
                if (!preview.canApply()) {
                    PrintWriter err = spec.commandLine().getErr();
                    preview.rejected().forEach(err::println);
                    err.println(Messages.get("cli.codesImport.rejected", preview.rejected().size()));
                    return 1;
                }
                Path written = context.services().codeImport().apply(preview);
                CodeOfConduct code = preview.code().orElseThrow();
                spec.commandLine().getOut().println(Messages.get("cli.codesImport.done", code.id(), code.version(),
                        code.requirementCount(), written));
            }
            return 0;
        }
    }
}
