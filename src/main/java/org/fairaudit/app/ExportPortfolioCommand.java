package org.fairaudit.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.fairaudit.domain.SupplierRules;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.PortfolioFilter;
import org.fairaudit.service.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export-portfolio", mixinStandardHelpOptions = true)
final class ExportPortfolioCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption db;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx")
    Path out;

    @Option(names = "--from", paramLabel = "DATE")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE")
    LocalDate to;

    @Option(names = "--country", paramLabel = "CC")
    String country;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PortfolioFilter filter = new PortfolioFilter(from, to, country);
        if (filter.country() != null && !SupplierRules.isIsoCountry(filter.country())) {
            throw new IllegalArgumentException(Messages.get("cli.portfolio.badCountry", country));
        }
        try (AppContext context = db.openExisting()) {
            context.services().portfolio().exportPortfolio(filter, out.toAbsolutePath(), ProgressListener.NONE);
        }
        spec.commandLine().getOut().println(Messages.get("cli.portfolio.written", out.toAbsolutePath()));
        return 0;
    }
}
