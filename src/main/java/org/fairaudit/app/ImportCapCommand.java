package org.fairaudit.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.CapChange;
import org.fairaudit.service.CapImportPreview;
import org.fairaudit.service.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import-cap --db PATH FILE.xlsx [--apply]}: shows what an edited CAP sheet changes, and applies it. */
@Command(name = "import-cap", mixinStandardHelpOptions = true)
final class ImportCapCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption db;

    @Parameters(index = "0", paramLabel = "FILE.xlsx")
    Path file;

    @Option(names = "--apply")
    boolean apply;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (AppContext context = db.openExisting()) {
            CapImportPreview preview = context.services().capImport().preview(file, ProgressListener.NONE);
            PrintWriter out = spec.commandLine().getOut();
            for (CapChange change : preview.changes()) {
                out.println(Messages.get("cli.importCap.change", change.row(), change.record(), change.field().label(),
                        change.before(), change.after()));
            }
            if (!preview.rejected().isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                preview.rejected().forEach(err::println);
                err.println(Messages.get("cli.importCap.rejected", preview.rejected().size()));
                return 1;
            }
            if (!apply) {
                out.println(Messages.get("cli.importCap.previewOnly", preview.changes().size()));
                return 0;
            }
            out.println(Messages.get("cli.importCap.applied", context.services().capImport().apply(preview)));
        }
        return 0;
    }
}
