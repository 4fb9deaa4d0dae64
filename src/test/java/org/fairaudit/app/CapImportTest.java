package org.fairaudit.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.fairaudit.excel.RawXlsx.emptyRow;
import static org.fairaudit.excel.RawXlsx.isoDate;
import static org.fairaudit.excel.RawXlsx.number;
import static org.fairaudit.excel.RawXlsx.row;
import static org.fairaudit.excel.RawXlsx.rowWithoutRef;
import static org.fairaudit.excel.RawXlsx.text;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.excel.RawXlsx;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.CapChange;
import org.fairaudit.service.CapField;
import org.fairaudit.service.CapImportPreview;
import org.fairaudit.service.CapImportService;
import org.fairaudit.service.ConcurrentEditException;
import org.fairaudit.service.FindingFilter;
import org.fairaudit.service.ImportProblem;
import org.fairaudit.service.ImportRefusedException;
import org.fairaudit.service.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CAP round trip: an exported Findings &amp; CAP sheet, edited, previewed and applied in one transaction. */
class CapImportTest {
    private static final int FINDING_STATUS = 11;
    private static final int OWNER = 13;
    private static final int DUE_DATE = 14;
    private static final int ACTION_STATUS = 15;

    @TempDir
    static Path dir;
    static ImportFixture fixture;

    @BeforeAll
    static void createDemoData() {
        fixture = ImportFixture.demo(dir);
    }

    /** Exported afresh: other tests of this class change the database. */
    private static Path report(String name) {
        return fixture.exportedReport(name + "-report.xlsx");
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static CapImportService imports() {
        return fixture.context.services().capImport();
    }

    /** The first data row that holds an action (the hidden action id in column B). */
    private static Row actionRow(Sheet sheet) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(1) != null && !row.getCell(1).getStringCellValue().isEmpty()) {
                return row;
            }
        }
        throw new AssertionError("no action in the demo report");
    }

    private static UUID actionIdIn(Path file) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ))) {
            return UUID.fromString(actionRow(workbook.getSheet("Findings & CAP")).getCell(1).getStringCellValue());
        }
    }

    @Test
    void anUnchangedExportHasNothingToImport() {
        CapImportPreview preview = imports().preview(report("unchanged"), ProgressListener.NONE);

        assertThat(preview.rejected()).isEmpty();
        assertThat(preview.changes()).isEmpty();
    }

    @Test
    void thePreviewListsEveryChangedFieldAndStoresNothing() throws Exception {
        Path edited = fixture.edited(report("preview"), "preview.xlsx", sheet -> {
            Row row = actionRow(sheet);
            row.getCell(OWNER).setCellValue("Ms Aung, HR manager");
            row.getCell(DUE_DATE).setCellValue(LocalDate.of(2027, 1, 15));
            row.getCell(ACTION_STATUS).setCellValue(otherStatus(row.getCell(ACTION_STATUS).getStringCellValue()));
        });
        String before = fixture.digest();

        CapImportPreview preview = imports().preview(edited, ProgressListener.NONE);

        assertThat(preview.rejected()).isEmpty();
        assertThat(preview.changes()).extracting(CapChange::field, CapChange::after).contains(
                tuple(CapField.OWNER, "Ms Aung, HR manager"),
                tuple(CapField.DUE_DATE, "2027-01-15"));
        assertThat(preview.changes()).extracting(CapChange::field).contains(CapField.ACTION_STATUS);
        assertThat(preview.changes()).allMatch(change -> change.row() == preview.changes().get(0).row());
        assertThat(fixture.digest()).isEqualTo(before);
    }

    @Test
    void applyStoresEveryChangeThroughTheChangeLog() throws Exception {
        Path edited = fixture.edited(report("apply"), "apply.xlsx", sheet -> {
            Row row = actionRow(sheet);
            row.getCell(OWNER).setCellValue("Factory director");
            row.getCell(FINDING_STATUS).setCellValue(Messages.of(FindingStatus.IN_PROGRESS));
            // the same finding on its other rows must agree
            for (Row other : sheet) {
                if (other.getRowNum() > 0 && other.getCell(0).getStringCellValue()
                        .equals(row.getCell(0).getStringCellValue())) {
                    other.getCell(FINDING_STATUS).setCellValue(Messages.of(FindingStatus.IN_PROGRESS));
                }
            }
        });
        UUID actionId = actionIdIn(edited);
        long logBefore = fixture.context.verifyChangeLog().entries();
        CapImportPreview preview = imports().preview(edited, ProgressListener.NONE);

        int changed = imports().apply(preview);

        CorrectiveAction action = action(actionId);
        assertThat(changed).isEqualTo(preview.changes().size());
        assertThat(action.owner()).isEqualTo("Factory director");
        assertThat(fixture.context.services().findings().find(action.findingId()).orElseThrow().status())
                .isEqualTo(FindingStatus.IN_PROGRESS);
        assertThat(fixture.context.verifyChangeLog().entries())
                .isEqualTo(logBefore + preview.findings().size() + preview.actions().size());
        assertThat(fixture.context.verifyChangeLog().isIntact()).isTrue();
    }

    @Test
    void aRecordChangedSinceThePreviewRefusesTheWholeImport() throws Exception {
        Path edited = fixture.edited(report("stale"), "stale.xlsx", sheet -> {
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().length() > 0) {
                    row.getCell(OWNER).setCellValue("Owner from the sheet " + row.getRowNum());
                }
            }
        });
        CapImportPreview preview = imports().preview(edited, ProgressListener.NONE);
        assertThat(preview.actions()).hasSizeGreaterThan(1);
        CorrectiveAction last = preview.actions().get(preview.actions().size() - 1);
        CorrectiveAction stored = action(last.id());
        fixture.context.services().findings().saveAction(new CorrectiveAction(stored.id(), stored.findingId(),
                stored.action(), "Changed in the app meanwhile", stored.dueDate(), stored.status(),
                stored.verificationMethod(), stored.verifiedOn(), stored.verifier(), stored.version()));
        String before = fixture.digest();

        assertThatThrownBy(() -> imports().apply(preview)).isInstanceOf(ConcurrentEditException.class);

        assertThat(fixture.digest()).isEqualTo(before);
        assertThat(action(preview.actions().get(0).id()).owner()).doesNotStartWith("Owner from the sheet");
    }

    @Test
    void badCellsAreRejectedWithFileSheetRowAndColumnAndNothingIsApplied() throws Exception {
        Path edited = fixture.edited(report("bad"), "bad.xlsx", sheet -> {
            Row row = actionRow(sheet);
            row.getCell(OWNER).setCellFormula("\"Director\"&\" of HR\"");
            row.getCell(DUE_DATE).setCellValue("31/12/2026");
            row.getCell(ACTION_STATUS).setCellValue("Finished");
        });
        String before = fixture.digest();

        CapImportPreview preview = imports().preview(edited, ProgressListener.NONE);

        int sheetRow = preview.rejected().get(0).row();
        assertThat(preview.rejected()).extracting(ImportProblem::file, ImportProblem::sheet, ImportProblem::row,
                ImportProblem::column).containsExactly(
                tuple("bad.xlsx", "Findings & CAP", sheetRow, "N"),
                tuple("bad.xlsx", "Findings & CAP", sheetRow, "O"),
                tuple("bad.xlsx", "Findings & CAP", sheetRow, "P"));
        assertThat(preview.rejected().get(0).toString())
                .isEqualTo("bad.xlsx, sheet 'Findings & CAP', row " + sheetRow
                        + ", column N: a formula where text is expected; type the value itself");
        assertThat(preview.rejected().get(2).message()).contains("Finished", Messages.of(ActionStatus.DONE));
        assertThatThrownBy(() -> imports().apply(preview)).isInstanceOf(ImportRefusedException.class);
        assertThat(fixture.digest()).isEqualTo(before);
    }

    @Test
    void aSheetSavedByAnotherProgramIsReadAlike() throws Exception {
        CorrectiveAction action = firstAction();
        UUID findingId = action.findingId();
        Path file = dir.resolve("libreoffice.xlsx");
        RawXlsx.write(file, "Findings & CAP", List.of(
                rowWithoutRef(text(null, "Finding id"), text(null, "Action id"), text(null, "Owner"),
                        text(null, "Due date"), text(null, "Verified on")),
                emptyRow(2),
                rowWithoutRef(text(null, findingId.toString()), text(null, action.id().toString()),
                        text(null, "Site manager"), isoDate(null, "2027-02-01T00:00:00"), text(null, "")),
                emptyRow(4), emptyRow(5)));

        CapImportPreview preview = imports().preview(file, ProgressListener.NONE);

        assertThat(preview.rejected()).isEmpty();
        assertThat(preview.changes()).extracting(CapChange::row, CapChange::field, CapChange::after)
                .containsExactlyInAnyOrder(
                        tuple(3, CapField.OWNER, "Site manager"),
                        tuple(3, CapField.DUE_DATE, "2027-02-01"));
    }

    @Test
    void datesAreTakenFromBuiltInAndCustomDateFormatsAndIsoText() throws Exception {
        CorrectiveAction action = firstAction();
        Path file = dir.resolve("dates.xlsx");
        RawXlsx.write(file, "Findings & CAP", List.of(
                row(1, text("A1", "Finding id"), text("B1", "Action id"), text("C1", "Due date"),
                        text("D1", "Verified on")),
                row(2, text("A2", action.findingId().toString()), text("B2", action.id().toString()),
                        number("C2", 46419, 2), text("D2", "2027-03-04"))));

        CapImportPreview preview = imports().preview(file, ProgressListener.NONE);

        // 46419 is 2027-02-01 in Excel's 1900 date system; the reviewer may record verifications
        assertThat(preview.rejected()).isEmpty();
        assertThat(preview.changes()).extracting(CapChange::field, CapChange::after).containsExactlyInAnyOrder(
                tuple(CapField.DUE_DATE, "2027-02-01"),
                tuple(CapField.VERIFIED_ON, "2027-03-04"));
    }

    /** "In progress", or "Done" for an action already in progress: a real change either way. */
    private static String otherStatus(String current) {
        return Messages.of(current.equals(Messages.of(ActionStatus.IN_PROGRESS)) ? ActionStatus.DONE
                : ActionStatus.IN_PROGRESS);
    }

    private static CorrectiveAction firstAction() {
        return fixture.context.services().findings().search(
                        FindingFilter.all(LocalDate.now())).stream()
                .flatMap(row -> fixture.context.services().findings().actions(row.finding().id()).stream())
                .filter(a -> a.verifiedOn() == null)
                .findFirst().orElseThrow();
    }

    private static CorrectiveAction action(UUID id) {
        return fixture.context.services().findings().search(
                        FindingFilter.all(LocalDate.now())).stream()
                .flatMap(row -> fixture.context.services().findings().actions(row.finding().id()).stream())
                .filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
