package org.fairaudit.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.CodeRef;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.AuditSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "audits", mixinStandardHelpOptions = true,
        subcommands = AuditsCommand.ListAudits.class)
final class AuditsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListAudits implements Callable<Integer> {
        @Mixin
        DatabaseOption db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (AppContext context = db.openExisting()) {
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%-36s  %-10s  %-11s  %-9s  %-40s  %s%n",
                        Messages.get("cli.column.id"), Messages.get("cli.column.start"),
                        Messages.get("cli.column.status"), Messages.get("cli.column.assessed"),
                        Messages.get("cli.column.supplier"), Messages.get("cli.column.codes"));
                for (AuditSummary row : context.services().audits().list()) {
                    Audit audit = row.audit();
                    out.printf("%-36s  %-10s  %-11s  %4d/%-4d  %-40s  %s%n", audit.id(), audit.startDate(),
                            audit.status(), row.assessed(), row.applicable(), row.supplierName(),
                            String.join(", ", audit.codes().stream().map(CodeRef::toString).toList()));
                }
            }
            return 0;
        }
    }
}
