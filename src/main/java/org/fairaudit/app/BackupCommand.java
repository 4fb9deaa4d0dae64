package org.fairaudit.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.BackupFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backup --db PATH [--to DIR]}: a consistent copy of the database, encrypted if the database is. */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption db;

    @Option(names = "--to", paramLabel = "DIR")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (AppContext context = db.openExisting()) {
            BackupFile backup = folder == null ? context.services().protection().backUpNow()
                    : context.services().protection().backUpTo(folder.toAbsolutePath());
            spec.commandLine().getOut().println(Messages.get("cli.backup.written", backup.path()));
        }
        return 0;
    }
}
