package org.fairaudit.app;

import java.util.concurrent.Callable;
import org.fairaudit.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (AppContext context = db.openOrCreate()) {
            if (!context.services().demoData().isDatabaseEmpty()) {
                throw new IllegalStateException(Messages.get("cli.demo.notEmpty", context.databasePath()));
            }
            context.services().demoData().createDemoData(org.fairaudit.service.ProgressListener.NONE);
            spec.commandLine().getOut().println(Messages.get("cli.demo.created", context.databasePath()));
        }
        return 0;
    }
}
