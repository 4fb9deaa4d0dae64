package org.fairaudit.app;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.AuditSummary;
import org.fairaudit.service.ConfidentialExport;
import org.fairaudit.service.ProgressListener;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export-audit", mixinStandardHelpOptions = true)
final class ExportAuditCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption db;

    @Option(names = "--audit", required = true, paramLabel = "ID")
    String auditId;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx")
    Path out;

    @Option(names = "--include-confidential")
    boolean includeConfidential;

    /** {@code null} when neither password option is given. */
    @ArgGroup(exclusive = true)
    ExportPassword password;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ConfidentialExport confidential = confidentialExport();
        try (AppContext context = db.openExisting()) {
            UUID id = resolveAudit(context);
            context.services().reports().exportAudit(id, out.toAbsolutePath(), confidential, ProgressListener.NONE);
            spec.commandLine().getOut().println(Messages.get("cli.export.written", out.toAbsolutePath()));
        } finally {
            confidential.wipe(); // the export wipes it too, but it is not reached when the audit is not found
        }
        return 0;
    }

    private ConfidentialExport confidentialExport() {
        if (!includeConfidential) {
            if (password != null) {
                throw new IllegalArgumentException(Messages.get("cli.export.passwordWithoutConfidential"));
            }
            return ConfidentialExport.redacted();
        }
        if (password == null) {
            throw new IllegalArgumentException(Messages.get("cli.export.passwordRequired"));
        }
        return ConfidentialExport.encryptedWith(password.read());
    }

    private UUID resolveAudit(AppContext context) {
        String wanted = auditId.trim().toLowerCase(java.util.Locale.ROOT);
        if (wanted.length() < 8) {
            throw new IllegalArgumentException(Messages.get("cli.export.idTooShort", auditId));
        }
        var matches = context.services().audits().list().stream()
                .map(AuditSummary::audit)
                .filter(a -> a.id().toString().startsWith(wanted))
                .toList();
        if (matches.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("cli.export.noAudit", auditId));
        }
        if (matches.size() > 1) {
            throw new IllegalArgumentException(Messages.get("cli.export.ambiguous", auditId, matches.size()));
        }
        return matches.get(0).id();
    }
}
