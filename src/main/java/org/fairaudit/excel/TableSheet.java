package org.fairaudit.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet that is one table: a frozen header row that repeats on every printed page, an autofilter,
 * set column widths, landscape and fit to one page wide.
 */
final class TableSheet {
    private final Sheet sheet;
    private final SheetCursor cursor;
    private final int columnCount;

    TableSheet(Sheet sheet, ReportStyles styles, List<Column> columns) {
        this.sheet = sheet;
        this.cursor = new SheetCursor(sheet, styles);
        this.columnCount = columns.size();
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
            sheet.setColumnHidden(i, columns.get(i).hidden());
        }
        cursor.header(columns.stream().map(Column::header).toList());
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        fitToPageWidth(sheet, true);
    }

    static void fitToPageWidth(Sheet sheet, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    RowWriter row() {
        return cursor.row();
    }

    /** Index of the last table row written (0 = header only). */
    int lastRow() {
        return cursor.nextRow() - 1;
    }

    /** Puts the autofilter over the header and the rows written so far; call once the table is complete. */
    void finishTable() {
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow(), 0, columnCount - 1));
    }

    /** For text below the table (after {@link #finishTable()}). */
    SheetCursor cursor() {
        return cursor;
    }

    Sheet sheet() {
        return sheet;
    }
}
