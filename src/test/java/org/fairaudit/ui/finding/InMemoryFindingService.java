package org.fairaudit.ui.finding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.Violation;
import org.fairaudit.service.FindingFilter;
import org.fairaudit.service.FindingPage;
import org.fairaudit.service.FindingRow;
import org.fairaudit.service.FindingService;
import org.fairaudit.service.ValidationException;

/** A hand-written FindingService for UI tests: findings and actions in maps, filters applied as documented. */
public final class InMemoryFindingService implements FindingService {
    private final Map<UUID, Finding> findings = new LinkedHashMap<>();
    private final Map<UUID, CorrectiveAction> actions = new LinkedHashMap<>();
    private final Function<UUID, String> supplierNames;
    public final List<FindingFilter> searches = new ArrayList<>();
    /** The offsets of the pages asked for, in order. */
    public final List<Integer> pages = new ArrayList<>();

    public InMemoryFindingService(Function<UUID, String> supplierNames) {
        this.supplierNames = supplierNames;
    }

    @Override
    public synchronized List<FindingRow> search(FindingFilter filter) {
        searches.add(filter);
        return findings.values().stream()
                .filter(f -> filter.supplierId() == null || f.supplierId().equals(filter.supplierId()))
                .filter(f -> filter.auditId() == null || filter.auditId().equals(f.auditId()))
                .filter(f -> filter.severity() == null || f.severity() == filter.severity())
                .filter(f -> filter.status() == null || f.status() == filter.status())
                .map(f -> row(f, filter))
                .filter(row -> !filter.overdueOnly() || row.overdueActions() > 0)
                .filter(row -> containsEveryWord(row, filter.text()))
                .sorted(Comparator.comparing((FindingRow row) -> row.finding().raisedOn()).reversed())
                .toList();
    }

    @Override
    public synchronized FindingPage page(FindingFilter filter, int offset, int limit) {
        pages.add(offset);
        List<FindingRow> all = search(filter);
        return new FindingPage(all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())),
                offset, offset + limit < all.size());
    }

    @Override
    public synchronized int count(FindingFilter filter) {
        return search(filter).size();
    }

    private static boolean containsEveryWord(FindingRow row, String text) {
        String haystack = (row.finding().description() + " " + row.supplierName()).toLowerCase(Locale.ROOT);
        return text == null || Arrays.stream(text.strip().split("\\s+"))
                .allMatch(word -> haystack.contains(word.toLowerCase(Locale.ROOT)));
    }

    private FindingRow row(Finding finding, FindingFilter filter) {
        List<CorrectiveAction> own = actions(finding.id());
        int open = (int) own.stream().filter(a -> a.status().isOpen()).count();
        int overdue = (int) own.stream().filter(a -> a.isOverdue(filter.today())).count();
        return new FindingRow(finding, supplierNames.apply(finding.supplierId()), open, overdue);
    }

    @Override
    public synchronized Optional<Finding> find(UUID findingId) {
        return Optional.ofNullable(findings.get(findingId));
    }

    @Override
    public synchronized List<Finding> findingsOfAudit(UUID auditId) {
        return findings.values().stream().filter(f -> auditId.equals(f.auditId())).toList();
    }

    @Override
    public synchronized Finding save(Finding finding) {
        if (finding.description().isBlank()) {
            throw new ValidationException(List.of(new Violation("description", "validation.required")));
        }
        Finding saved = new Finding(finding.id(), finding.supplierId(), finding.auditId(), finding.requirements(),
                finding.severity(), finding.description(), finding.evidence(), finding.workersAffected(),
                finding.scope(), finding.indicators(), finding.rootCause(), finding.status(), finding.raisedOn(),
                finding.workerPseudonyms(), finding.version() + 1);
        findings.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized List<CorrectiveAction> actions(UUID findingId) {
        return actions.values().stream().filter(a -> a.findingId().equals(findingId)).toList();
    }

    @Override
    public synchronized CorrectiveAction saveAction(CorrectiveAction action) {
        CorrectiveAction saved = new CorrectiveAction(action.id(), action.findingId(), action.action(), action.owner(),
                action.dueDate(), action.status(), action.verificationMethod(), action.verifiedOn(), action.verifier(),
                action.version() + 1);
        actions.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized void importCapChanges(List<Finding> changedFindings, List<CorrectiveAction> changedActions) {
        changedFindings.forEach(this::save);
        changedActions.forEach(this::saveAction);
    }

    public synchronized List<Finding> all() {
        return List.copyOf(findings.values());
    }
}
