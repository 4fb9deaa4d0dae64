package org.fairaudit.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.i18n.Messages;

/**
 * Compares the rows of a CAP sheet with the stored findings and actions: which fields change, and which rows
 * cannot be taken (unknown ids, an action of another finding, a finding status that differs
 * between the rows of one finding, a required value left blank, a verification by a role that may not verify).
 */
final class CapPlan {
    private final CapSheet sheet;
    private final FindingService findings;
    private final boolean mayVerify;
    private final List<ImportProblem> rejected = new ArrayList<>();
    private final List<CapChange> changes = new ArrayList<>();
    private final Map<UUID, Optional<Finding>> storedFindings = new HashMap<>();
    private final Map<UUID, Map<UUID, CorrectiveAction>> storedActions = new HashMap<>();
    private final Map<UUID, Finding> changedFindings = new LinkedHashMap<>();
    private final Map<UUID, Integer> statusRows = new HashMap<>();
    private final List<CorrectiveAction> changedActions = new ArrayList<>();

    CapPlan(CapSheet sheet, FindingService findings, boolean mayVerify) {
        this.sheet = sheet;
        this.findings = findings;
        this.mayVerify = mayVerify;
        rejected.addAll(sheet.problems());
    }

    CapImportPreview preview() {
        sheet.rows().forEach(this::row);
        return new CapImportPreview(sheet.file(), changes, rejected, List.copyOf(changedFindings.values()),
                changedActions);
    }

    private void row(CapRow row) {
        Optional<Finding> finding = storedFindings.computeIfAbsent(row.findingId(), findings::find);
        if (finding.isEmpty()) {
            reject(row, sheet.idColumn(), "sheets.cap.unknownFinding", row.findingId());
            return;
        }
        int mark = rejected.size();
        List<CapChange> rowChanges = new ArrayList<>();
        Finding updatedFinding = findingStatus(row, finding.get(), rowChanges);
        CorrectiveAction updatedAction = action(row, finding.get(), rowChanges);
        if (rejected.size() != mark) {
            return; // a row is taken whole or not at all
        }
        if (updatedFinding != null) {
            changedFindings.put(updatedFinding.id(), updatedFinding);
        }
        if (updatedAction != null) {
            changedActions.add(updatedAction);
        }
        changes.addAll(rowChanges);
    }

    private Finding findingStatus(CapRow row, Finding finding, List<CapChange> rowChanges) {
        if (!row.values().containsKey(CapField.FINDING_STATUS)) {
            return null;
        }
        FindingStatus status = (FindingStatus) row.values().get(CapField.FINDING_STATUS);
        if (status == null) {
            reject(row, CapField.FINDING_STATUS, "sheets.cap.required");
            return null;
        }
        Finding current = changedFindings.getOrDefault(finding.id(), finding);
        Integer firstRow = statusRows.putIfAbsent(finding.id(), row.row());
        if (firstRow != null && current.status() != status) {
            reject(row, CapField.FINDING_STATUS, "sheets.cap.statusDiffers", firstRow);
            return null;
        }
        if (finding.status() == status || firstRow != null) {
            return null;
        }
        if (status == FindingStatus.VERIFIED && !mayVerify) {
            reject(row, CapField.FINDING_STATUS, "sheets.cap.mayNotVerify");
            return null;
        }
        rowChanges.add(change(row, finding.id(), CapField.FINDING_STATUS, finding.status(), status));
        return new Finding(finding.id(), finding.supplierId(), finding.auditId(), finding.requirements(),
                finding.severity(), finding.description(), finding.evidence(), finding.workersAffected(),
                finding.scope(), finding.indicators(), finding.rootCause(), status, finding.raisedOn(),
                finding.workerPseudonyms(), finding.version());
    }

    private CorrectiveAction action(CapRow row, Finding finding, List<CapChange> rowChanges) {
        CorrectiveAction stored;
        if (row.actionId() == null) {
            if (!hasActionValues(row)) {
                return null;
            }
            // a row of a finding without actions, filled in: a new action
            stored = new CorrectiveAction(UUID.randomUUID(), finding.id(), null, null, null, ActionStatus.OPEN,
                    null, null, null, 0);
        } else {
            stored = storedActions.computeIfAbsent(finding.id(), this::actionsById).get(row.actionId());
            if (stored == null) {
                reject(row, sheet.actionIdColumn(), "sheets.cap.actionOfOtherFinding", row.actionId(), finding.id());
                return null;
            }
        }
        return changedAction(row, stored, rowChanges);
    }

    private Map<UUID, CorrectiveAction> actionsById(UUID findingId) {
        Map<UUID, CorrectiveAction> byId = new HashMap<>();
        findings.actions(findingId).forEach(action -> byId.put(action.id(), action));
        return byId;
    }

    private static boolean hasActionValues(CapRow row) {
        return row.values().entrySet().stream()
                .anyMatch(entry -> entry.getKey() != CapField.FINDING_STATUS && entry.getValue() != null);
    }

    private CorrectiveAction changedAction(CapRow row, CorrectiveAction a, List<CapChange> rowChanges) {
        String action = text(row, CapField.ACTION, a.action(), true);
        if (action == null) {
            reject(row, CapField.ACTION, "sheets.cap.required");
        }
        String owner = text(row, CapField.OWNER, a.owner(), false);
        LocalDate due = value(row, CapField.DUE_DATE, a.dueDate());
        ActionStatus status = a.version() == 0 && row.values().get(CapField.ACTION_STATUS) == null
                ? ActionStatus.OPEN : required(row, CapField.ACTION_STATUS, a.status());
        String method = text(row, CapField.VERIFICATION_METHOD, a.verificationMethod(), false);
        LocalDate verifiedOn = value(row, CapField.VERIFIED_ON, a.verifiedOn());
        String verifier = text(row, CapField.VERIFIER, a.verifier(), false);
        CorrectiveAction updated = new CorrectiveAction(a.id(), a.findingId(), action, owner, due, status, method,
                verifiedOn, verifier, a.version());
        String record = shortId(a.id());
        compare(row, record, CapField.ACTION, a.action(), action, rowChanges);
        compare(row, record, CapField.OWNER, a.owner(), owner, rowChanges);
        compare(row, record, CapField.DUE_DATE, a.dueDate(), due, rowChanges);
        compare(row, record, CapField.ACTION_STATUS, a.version() == 0 ? null : a.status(), status, rowChanges);
        compare(row, record, CapField.VERIFICATION_METHOD, a.verificationMethod(), method, rowChanges);
        compare(row, record, CapField.VERIFIED_ON, a.verifiedOn(), verifiedOn, rowChanges);
        compare(row, record, CapField.VERIFIER, a.verifier(), verifier, rowChanges);
        return rowChanges.stream().anyMatch(change -> change.record().equals(record)) ? updated : null;
    }

    private void compare(CapRow row, String record, CapField field, Object before, Object after,
                         List<CapChange> rowChanges) {
        if (Objects.equals(blankAsNull(before), blankAsNull(after))) {
            return;
        }
        boolean verifies = field.isVerification()
                || field == CapField.ACTION_STATUS && after == ActionStatus.VERIFIED;
        if (verifies && !mayVerify) {
            reject(row, field, "sheets.cap.mayNotVerify");
            return;
        }
        rowChanges.add(new CapChange(row.row(), record, field, label(before), label(after)));
    }

    private String text(CapRow row, CapField field, String stored, boolean required) {
        if (!row.values().containsKey(field)) {
            return stored;
        }
        String text = (String) row.values().get(field);
        if (required && text == null) {
            reject(row, field, "sheets.cap.required");
        }
        // a blank cell where nothing was stored is no change
        return text == null && (stored == null || stored.isEmpty()) ? stored : text;
    }

    private <T> T required(CapRow row, CapField field, T stored) {
        T value = value(row, field, stored);
        if (value == null) {
            reject(row, field, "sheets.cap.required");
            return stored;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static <T> T value(CapRow row, CapField field, T stored) {
        return row.values().containsKey(field) ? (T) row.values().get(field) : stored;
    }

    private CapChange change(CapRow row, UUID id, CapField field, Object before, Object after) {
        return new CapChange(row.row(), shortId(id), field, label(before), label(after));
    }

    private static Object blankAsNull(Object value) {
        return value instanceof String text && text.isEmpty() ? null : value;
    }

    private static String label(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Enum<?> constant ? Messages.of(constant) : value.toString();
    }

    /** The first block of the UUID: enough to find the row in the sheet's id column. */
    private static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }

    private void reject(CapRow row, CapField field, String key, Object... args) {
        reject(row, sheet.columns().getOrDefault(field, ""), key, args);
    }

    private void reject(CapRow row, String column, String key, Object... args) {
        rejected.add(new ImportProblem(sheet.file(), sheet.sheet(), row.row(), column, Messages.get(key, args)));
    }
}
