package org.fairaudit.ui.finding;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.RequirementKey;
import org.fairaudit.domain.Scope;
import org.fairaudit.domain.Severity;
import org.fairaudit.domain.Supplier;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.FindingFilter;
import org.fairaudit.service.FindingPage;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.fairaudit.ui.fakes.InMemorySupplierService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FindingsViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private final InMemorySupplierService suppliers = new InMemorySupplierService();
    private final Supplier golden = suppliers.add("Golden Thread Garments", "MY");
    private final Supplier river = suppliers.add("River Electronics", "TH");
    private final InMemoryFindingService findings =
            new InMemoryFindingService(id -> id.equals(golden.id()) ? golden.name() : river.name());
    private FindingsViewModel list;
    private Finding major;

    @BeforeEach
    void seed() {
        major = findings.save(finding(golden, Severity.MAJOR));
        findings.saveAction(new CorrectiveAction(UUID.randomUUID(), major.id(), "Repay fees", "HR", TODAY.minusDays(1),
                ActionStatus.OPEN, "", null, "", 0));
        findings.save(finding(river, Severity.MINOR));
        list = new FindingsViewModel(findings, suppliers, new DirectUiExecutor(),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        list.refresh();
    }

    @Test
    void listsAllFindingsWithAnAllSuppliersChoice() {
        assertThat(list.rows()).hasSize(2);
        assertThat(list.supplierChoices()).containsExactly(null, golden, river);
    }

    @Test
    void eachFilterSearchesAgain() {
        list.supplierProperty().set(golden);
        assertThat(list.rows()).extracting(row -> row.supplierName()).containsExactly("Golden Thread Garments");

        list.supplierProperty().set(null);
        list.severityProperty().set(Severity.MINOR);
        assertThat(list.rows()).extracting(row -> row.finding().severity()).containsExactly(Severity.MINOR);

        list.severityProperty().set(null);
        list.overdueOnlyProperty().set(true);
        assertThat(list.rows()).extracting(row -> row.finding().id()).containsExactly(major.id());
        assertThat(list.rows().get(0).overdueActions()).isEqualTo(1);

        FindingFilter last = findings.searches.get(findings.searches.size() - 1);
        assertThat(last.overdueOnly()).isTrue();
        assertThat(last.today()).isEqualTo(TODAY);
    }

    @Test
    void selectingAFindingOpensItWithItsActionsAndSavingSearchesAgain() {
        list.selectedProperty().set(list.rows().stream()
                .filter(row -> row.finding().id().equals(major.id())).findFirst().orElseThrow());

        FindingEditorViewModel editor = list.editorProperty().get();
        assertThat(editor.actions()).singleElement()
                .satisfies(action -> assertThat(action.isOverdue(TODAY)).isTrue());

        editor.statusProperty().set(FindingStatus.IN_PROGRESS);
        int searchesBefore = findings.searches.size();
        list.saveSelected();

        assertThat(findings.find(major.id()).orElseThrow().status()).isEqualTo(FindingStatus.IN_PROGRESS);
        assertThat(findings.searches).hasSizeGreaterThan(searchesBefore);
        assertThat(list.selectedProperty().get().finding().id()).isEqualTo(major.id());
    }

    @Test
    void filtersByTextAndLoadsFurtherPagesUntilEveryMatchIsShown() {
        list.textProperty().set("river ELECTRONICS");
        assertThat(list.rows()).extracting(row -> row.supplierName()).containsExactly("River Electronics");

        for (int i = 0; i < FindingPage.DEFAULT_SIZE + 50; i++) {
            findings.save(finding(golden, Severity.MINOR));
        }
        List<String> messages = new ArrayList<>();
        list.messageProperty().addListener((obs, old, now) -> messages.add(now));
        list.textProperty().set("fees");
        assertThat(list.rows()).hasSize(FindingPage.DEFAULT_SIZE);
        assertThat(messages).as("the page at once, the count after it").containsExactly(
                Messages.get("finding.list.counting", FindingPage.DEFAULT_SIZE),
                Messages.get("finding.list.count", FindingPage.DEFAULT_SIZE + 52));

        list.loadMore();
        list.loadMore();

        assertThat(list.rows()).hasSize(FindingPage.DEFAULT_SIZE + 52);
        assertThat(list.rows()).extracting(row -> row.finding().id()).doesNotHaveDuplicates();
        assertThat(findings.pages).endsWith(0, FindingPage.DEFAULT_SIZE);
    }

    private static Finding finding(Supplier supplier, Severity severity) {
        return new Finding(UUID.randomUUID(), supplier.id(), null, List.of(new RequirementKey("fair-recruitment", "FR-1")),
                severity, "Fees charged", "", null, Scope.ISOLATED, Set.of(), "", FindingStatus.OPEN, TODAY, "", 0);
    }
}
