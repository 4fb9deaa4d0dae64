package org.fairaudit.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.ExportResult;
import org.fairaudit.service.ImportSummary;
import org.fairaudit.service.PackageSelection;
import org.fairaudit.service.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code package export} and {@code package import}: exchange packages from the command line. */
@Command(name = "package", mixinStandardHelpOptions = true,
        subcommands = {PackageCommand.Export.class, PackageCommand.Import.class})
final class PackageCommand {

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @Mixin
        DatabaseOption db;

        @Option(names = "--out", required = true, paramLabel = "FILE.fapkg")
        Path out;

        @Option(names = "--audit", paramLabel = "ID")
        List<UUID> audits = new ArrayList<>();

        @Option(names = "--supplier", paramLabel = "ID")
        List<UUID> suppliers = new ArrayList<>();

        @Option(names = "--since-last-to", paramLabel = "INSTALLATION_ID")
        UUID sinceLastTo;

        @Option(names = "--include-confidential")
        boolean includeConfidential;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (AppContext context = db.openExisting()) {
                ExportResult result = context.services().exchange().exportPackage(new PackageSelection(
                                new HashSet<>(audits), new HashSet<>(suppliers), sinceLastTo, includeConfidential),
                        out.toAbsolutePath(), ProgressListener.NONE);
                spec.commandLine().getOut().println(Messages.get("cli.package.written", result.file(),
                        result.records(), result.attachmentFiles()));
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @Mixin
        DatabaseOption db;

        @Parameters(index = "0", paramLabel = "FILE.fapkg", descriptionKey = "fairaudit.package.import.file")
        Path file;

        @Option(names = "--trust")
        boolean trust;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (AppContext context = db.openExisting()) {
                ImportSummary summary = context.services().exchange().importPackage(file.toAbsolutePath(), trust,
                        ProgressListener.NONE);
                spec.commandLine().getOut().println(Messages.get("cli.package.imported", summary.inserted(),
                        summary.updated(), summary.unchanged(), summary.conflicts(), summary.refused()));
            }
            return 0;
        }
    }
}
