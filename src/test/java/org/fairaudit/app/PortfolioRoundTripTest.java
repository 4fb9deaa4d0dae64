package org.fairaudit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Scope;
import org.fairaudit.domain.Severity;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.FindingFilter;
import org.fairaudit.service.FindingRow;
import org.fairaudit.service.Services;
import org.fairaudit.service.SupplierService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo database grown by 1,000 findings (texts that look like formulas, line breaks, accents; half with an
 * action), exported with {@code export-portfolio} and read back cell by cell against the database.
 */
class PortfolioRoundTripTest {
    private static final int ADDED = 1_000;
    private static final List<String> AWKWARD = List.of("=HYPERLINK(\"http://example.org\")", "+66 81 234 5678",
            "-5 days' wages deducted", "@agent", "Passports kept\nin the HR safe", "Frais payés à l'agence \u2013 Népal");

    @TempDir
    Path dir;

    @Test
    void everyFindingAndActionCellEqualsTheDatabase() throws Exception {
        Path db = dir.resolve("demo");
        assertThat(Cli.run(new String[] {"demo", "--db", db.toString(), "--profile", "Field auditor"})).isZero();
        Map<UUID, Finding> findings = new HashMap<>();
        Map<UUID, CorrectiveAction> actions = new HashMap<>();
        Map<UUID, LocalDate> auditStarts = new HashMap<>();
        Map<UUID, String[]> suppliers = new HashMap<>();
        try (AppContext context = AppContext.open(db)) {
            Services services = context.services();
            services.profiles().createAndUse("Brand reviewer", Role.REVIEWER);
            List<FindingRow> demo = services.findings().search(FindingFilter.all(LocalDate.now()));
            for (int i = 0; i < ADDED; i++) {
                Finding model = demo.get(i % demo.size()).finding();
                Finding added = services.findings().save(new Finding(UUID.randomUUID(), model.supplierId(), null,
                        model.requirements(), Severity.values()[i % 4], AWKWARD.get(i % AWKWARD.size()) + " #" + i,
                        i % 3 == 0 ? "" : "Receipts", i % 5 == 0 ? null : i, Scope.values()[i % Scope.values().length],
                        i % 7 == 0 ? Set.of(ForcedLabourIndicator.DEBT_BONDAGE) : Set.of(), "Agent practice",
                        FindingStatus.values()[i % FindingStatus.values().length], LocalDate.of(2026, 1, 1)
                        .plusDays(i % 300), "", 0));
                if (i % 2 == 0) {
                    services.findings().saveAction(new CorrectiveAction(UUID.randomUUID(), added.id(),
                            "Repay the fees " + AWKWARD.get(i % AWKWARD.size()), "HR", LocalDate.of(2026, 3, 1)
                            .plusDays(i % 90), ActionStatus.values()[i % ActionStatus.values().length], null, null,
                            null, 0));
                }
            }
            for (FindingRow row : services.findings().search(FindingFilter.all(LocalDate.now()))) {
                Finding finding = row.finding();
                findings.put(finding.id(), finding);
                services.findings().actions(finding.id()).forEach(action -> actions.put(action.id(), action));
                if (finding.auditId() != null) {
                    auditStarts.put(finding.id(), services.audits().find(finding.auditId()).orElseThrow().startDate());
                }
                suppliers.computeIfAbsent(finding.supplierId(), id -> supplier(services.suppliers(), id));
            }
        }

        Path file = dir.resolve("portfolio.xlsx");
        assertThat(Cli.run(new String[] {"export-portfolio", "--db", db.toString(), "--profile", "Brand reviewer",
            "--out", file.toString()})).isZero();

        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook book = new XSSFWorkbook(pkg)) {
            Sheet sheet = book.getSheet("Findings");
            assertThat(sheet.getLastRowNum()).isEqualTo(findings.size()).isGreaterThan(ADDED);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Finding f = findings.get(UUID.fromString(text(row, 0)));
                String[] supplier = suppliers.get(f.supplierId());
                assertThat(cells(row, 14)).as("finding row %d", r).containsExactly(f.id().toString(), supplier[0],
                        supplier[1], date(auditStarts.get(f.id())), date(f.raisedOn()),
                        f.requirements().stream().map(Object::toString).collect(Collectors.joining("; ")),
                        Messages.of(f.severity()), Messages.of(f.status()), f.description(), f.evidence(),
                        f.workersAffected() == null ? "" : f.workersAffected().toString(),
                        f.scope() == null ? "" : Messages.of(f.scope()),
                        f.indicators().stream().map(Messages::of).collect(Collectors.joining("; ")), f.rootCause());
                assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.STRING);
            }

            Sheet cap = book.getSheet("CAP tracker");
            assertThat(cap.getLastRowNum()).isEqualTo(actions.size()).isGreaterThanOrEqualTo(ADDED / 2);
            Map<UUID, List<CorrectiveAction>> byFinding = actions.values().stream()
                    .collect(Collectors.groupingBy(CorrectiveAction::findingId));
            for (int r = 1; r <= cap.getLastRowNum(); r++) {
                Row row = cap.getRow(r);
                Finding f = findings.get(UUID.fromString(text(row, 0)));
                String action = text(row, 5);
                CorrectiveAction a = byFinding.get(f.id()).stream().filter(x -> x.action().equals(action))
                        .findFirst().orElseThrow();
                String[] supplier = suppliers.get(f.supplierId());
                assertThat(cells(row, 13)).as("action row %d", r).containsExactly(f.id().toString(), supplier[0],
                        supplier[1], Messages.of(f.severity()), f.description(), a.action(), a.owner(),
                        date(a.dueDate()), Messages.of(a.status()),
                        a.isOverdue(LocalDate.now()) ? Messages.get("excel.yes") : "",
                        nullToEmpty(a.verificationMethod()), date(a.verifiedOn()), nullToEmpty(a.verifier()));
            }
        }
    }

    private static String[] supplier(SupplierService suppliers, UUID id) {
        var supplier = suppliers.find(id).orElseThrow();
        return new String[] {supplier.name(), supplier.country()};
    }

    private static List<String> cells(Row row, int count) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cells.add(text(row, i));
        }
        return cells;
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
