package org.fairaudit.excel;

import static org.fairaudit.i18n.Messages.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Severity;
import org.fairaudit.domain.Topic;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.PortfolioFilter;
import org.fairaudit.service.PortfolioRows.ActionLine;
import org.fairaudit.service.PortfolioRows.CountryTopicCounts;
import org.fairaudit.service.PortfolioRows.FindingLine;
import org.fairaudit.service.PortfolioRows.SupplierLine;
import org.fairaudit.service.PortfolioSource;
import org.fairaudit.service.PortfolioWriter;
import org.fairaudit.service.ProgressListener;

/**
 * Writes the portfolio workbook (DESIGN.md §6): Suppliers, Findings, CAP tracker, Country × topic, About. Every
 * sheet streams through fastexcel straight into the file, with inline strings, fed row by row from the
 * {@link PortfolioSource}; looks, columns and text rules are those of the audit report (docs/decisions/0015, 0020).
 */
public final class ExcelPortfolioWriter implements PortfolioWriter {
    private static final String APPLICATION = "FairAudit";
    /** fastexcel wants "major.minor"; the app's version is on the About sheet. */
    private static final String APPLICATION_VERSION = "1.0";

    private final ZoneId zone;

    public ExcelPortfolioWriter(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public void write(PortfolioSource source, PortfolioFilter filter, Crosswalk crosswalk, Profile by, Instant at,
                      String appVersion, Path out, ProgressListener progress) throws IOException {
        ExportProgress exportProgress = new ExportProgress(progress, source.rowCount(filter) + 3);
        LocalDateTime generatedAt = LocalDateTime.ofInstant(at, zone);
        AtomicFile.write(out, stream -> {
            // straight into the file, no temporary files; never closed on failure, as closing would finish it
            Workbook workbook = new Workbook(stream, APPLICATION, APPLICATION_VERSION);
            Sheets sheets = new Sheets(workbook, exportProgress, generatedAt.toLocalDate());
            try {
                sheets.suppliers(source, filter);
                sheets.findings(source, filter);
                sheets.actions(source, filter);
                sheets.countryTopics(source.countryTopicCounts(filter), crosswalk);
                sheets.about(filter, by, generatedAt, appVersion);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            workbook.finish();
        });
        exportProgress.finished();
    }

    /** The five sheets, sharing the workbook, progress and the day "overdue" is judged on. */
    private record Sheets(Workbook workbook, ExportProgress progress, LocalDate today) {
        private FastSheet start(String nameKey) {
            progress.startSheet(get(nameKey));
            return FastSheet.start(workbook, get(nameKey));
        }

        private FastSheet table(String nameKey, List<Column> columns) {
            progress.startSheet(get(nameKey));
            return FastSheet.table(workbook, get(nameKey), columns);
        }

        void suppliers(PortfolioSource source, PortfolioFilter filter) throws IOException {
            List<Column> columns = new ArrayList<>(List.of(Column.of("excel.portfolio.supplier", 32),
                    Column.of("excel.portfolio.country", 18), Column.of("excel.portfolio.sector", 16),
                    Column.of("excel.portfolio.grade", 8), Column.of("excel.portfolio.gradedAuditOn", 12)));
            for (Severity severity : Severity.values()) {
                columns.add(new Column(get("excel.portfolio.open", Labels.of(severity)), 11, false));
            }
            columns.addAll(List.of(Column.of("excel.portfolio.overdueActions", 10),
                    Column.of("excel.portfolio.risk", 11), Column.of("excel.portfolio.indicators", 30),
                    Column.of("excel.portfolio.feesOwed", 24)));
            FastSheet table = table("excel.sheet.portfolio.suppliers", columns);
            source.suppliers(filter, line -> {
                FastRow row = table.row().text(line.supplier().name()).text(Labels.country(line.supplier().country()))
                        .text(line.supplier().sector())
                        .text(line.grade().map(Enum::name).orElse(""), CellLook.LABEL).date(line.gradedAuditOn());
                for (Severity severity : Severity.values()) {
                    row.number(line.openBySeverity().get(severity));
                }
                row.number(line.overdueActions()).text(Labels.of(line.risk().level()))
                        .text(Labels.of(line.risk().indicators()))
                        .text(owed(line.feesOwed()));
            });
            table.finish();
            progress.row();
        }

        /** "NPR 200,000.00; USD 1,250.00": one amount per currency, never added across currencies. */
        private static String owed(Map<String, BigDecimal> owed) {
            return owed.entrySet().stream().filter(e -> e.getValue().signum() > 0)
                    .map(e -> e.getKey() + " " + String.format(java.util.Locale.ROOT, "%,.2f", e.getValue()))
                    .collect(Collectors.joining("; "));
        }

        void findings(PortfolioSource source, PortfolioFilter filter) throws IOException {
            FastSheet table = table("excel.sheet.portfolio.findings", List.of(Column.hidden("excel.findings.findingId"),
                    Column.of("excel.portfolio.supplier", 28), Column.of("excel.portfolio.country", 16),
                    Column.of("excel.portfolio.auditStart", 11), Column.of("excel.portfolio.raisedOn", 11),
                    Column.of("excel.findings.requirements", 16), Column.of("excel.findings.severity", 15),
                    Column.of("excel.findings.status", 13), Column.of("excel.findings.description", 40),
                    Column.of("excel.findings.evidence", 24), Column.of("excel.findings.workersAffected", 10),
                    Column.of("excel.findings.scope", 10), Column.of("excel.findings.indicators", 18),
                    Column.of("excel.findings.rootCause", 22)));
            source.findings(filter, (FindingLine f) -> {
                table.row().text(f.id().toString()).text(f.supplierName()).text(f.country()).date(f.auditStart())
                        .date(f.raisedOn()).text(Labels.join(f.requirements()))
                        .text(Labels.of(f.severity()), CellLook.severity(f.severity())).text(Labels.of(f.status()))
                        .text(f.description()).text(f.evidence()).number(f.workersAffected())
                        .text(Labels.of(f.scope())).text(Labels.of(f.indicators())).text(f.rootCause());
                progress.row();
            });
            table.finish();
        }

        void actions(PortfolioSource source, PortfolioFilter filter) throws IOException {
            FastSheet table = table("excel.sheet.portfolio.cap", List.of(Column.hidden("excel.findings.findingId"),
                    Column.of("excel.portfolio.supplier", 28), Column.of("excel.portfolio.country", 16),
                    Column.of("excel.findings.severity", 15), Column.of("excel.portfolio.finding", 36),
                    Column.of("excel.findings.action", 36), Column.of("excel.findings.owner", 16),
                    Column.of("excel.findings.dueDate", 11), Column.of("excel.findings.actionStatus", 12),
                    Column.of("excel.findings.overdue", 9), Column.of("excel.findings.verificationMethod", 18),
                    Column.of("excel.findings.verifiedOn", 11), Column.of("excel.findings.verifier", 16)));
            source.actions(filter, (ActionLine a) -> {
                table.row().text(a.findingId().toString()).text(a.supplierName()).text(a.country())
                        .text(Labels.of(a.severity()), CellLook.severity(a.severity())).text(a.findingDescription())
                        .text(a.action()).text(a.owner()).date(a.dueDate()).text(Labels.of(a.status()))
                        .text(a.isOverdue(today) ? Messages.get("excel.yes") : "", CellLook.OVERDUE)
                        .text(a.verificationMethod()).date(a.verifiedOn()).text(a.verifier());
                progress.row();
            });
            table.finish();
        }

        /** Countries down, topics across in crosswalk order; topics the crosswalk does not know come last by id. */
        void countryTopics(CountryTopicCounts counts, Crosswalk crosswalk) throws IOException {
            Set<String> topics = new LinkedHashSet<>();
            crosswalk.topics().forEach(topic -> topics.add(topic.id()));
            counts.byCountry().values().forEach(ofCountry -> topics.addAll(ofCountry.keySet()));
            List<Column> columns = new ArrayList<>(List.of(Column.of("excel.portfolio.country", 22)));
            topics.forEach(id -> columns.add(new Column(crosswalk.topic(id).map(Topic::title).orElse(id), 14, false)));
            FastSheet table = table("excel.sheet.portfolio.matrix", columns);
            counts.byCountry().forEach((country, ofCountry) -> {
                FastRow row = table.row().text(Labels.country(country), CellLook.LABEL);
                topics.forEach(topic -> row.number(ofCountry.getOrDefault(topic, 0)));
            });
            table.finish();
            progress.row();
        }

        void about(PortfolioFilter filter, Profile by, LocalDateTime generatedAt, String appVersion)
                throws IOException {
            FastSheet sheet = start("excel.sheet.about");
            sheet.width(0, 30);
            sheet.width(1, 60);
            sheet.title(get("excel.portfolio.title"));
            sheet.heading(get("excel.portfolio.filters"));
            sheet.pair(get("excel.portfolio.from")).text(filter.from() == null ? get("excel.portfolio.noBound")
                    : filter.from().toString());
            sheet.pair(get("excel.portfolio.to")).text(filter.to() == null ? get("excel.portfolio.noBound")
                    : filter.to().toString());
            sheet.pair(get("excel.portfolio.country")).text(filter.country() == null ? get("excel.portfolio.allCountries")
                    : Labels.country(filter.country()));
            sheet.heading(get("excel.portfolio.generated"));
            sheet.pair(get("excel.about.generatedAt")).dateTime(generatedAt);
            sheet.pair(get("excel.about.generatedBy")).text(by.name());
            sheet.pair(get("excel.portfolio.appVersion")).text(appVersion);
            sheet.heading(get("excel.portfolio.method"));
            sheet.line(get("excel.portfolio.method.grade"));
            sheet.line(get("excel.portfolio.method.dates"));
            sheet.line(get("excel.portfolio.method.fees"));
            sheet.line(get("excel.portfolio.method.confidential"));
            sheet.fitToPageWidth(false);
            sheet.finish();
            progress.row();
        }
    }
}
