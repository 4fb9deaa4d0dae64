package org.fairaudit.excel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A sheet written top to bottom with fastexcel, streamed: rows go to the file every {@value #ROWS_IN_MEMORY} rows.
 * A table sheet looks like the audit report's {@link TableSheet} (same {@link CellLook}s, a frozen header row that
 * repeats on every printed page, an autofilter, column widths and hidden columns, landscape and fit to one page
 * wide), and its text follows the same {@link CellText} rules (docs/decisions/0020).
 */
final class FastSheet implements SheetLayout<FastRow> {
    private static final int ROWS_IN_MEMORY = 1_000;
    /**
     * fastexcel 0.20.2 keeps the height of every row until the workbook is finished (some 80 bytes a row, 100 MB at
     * 500,000 findings), although it writes it with the row: the heights of written rows are dropped after each
     * flush. Without the field (another fastexcel version) heights are kept, which only costs memory.
     */
    private static final Field ROW_HEIGHTS = rowHeightsField();
    private static final Map<IndexedColors, String> RGB = rgbOfIndexedColours();

    private static final CellLook[] NO_LOOKS = {};

    private final Worksheet sheet;
    /** Column widths in characters, for the height of wrapped text. */
    private final Map<Integer, Double> widths = new HashMap<>();
    /**
     * Looks of the rows not yet written, from {@link #firstPendingRow}. They are given column by column, one fastexcel
     * style call per run of rows with the same look: a call per cell was a third of the export's writing time.
     */
    private final List<CellLook[]> pendingLooks = new ArrayList<>();
    private int firstPendingRow;
    private int nextRow;
    private int columnCount;

    private FastSheet(Worksheet sheet) {
        this.sheet = sheet;
    }

    static FastSheet start(Workbook workbook, String name) {
        return new FastSheet(workbook.newWorksheet(name));
    }

    /** A sheet that is one table, with its header row written. */
    static FastSheet table(Workbook workbook, String name, List<Column> columns) {
        FastSheet table = start(workbook, name);
        table.columnCount = columns.size();
        for (int i = 0; i < columns.size(); i++) {
            table.width(i, columns.get(i).width());
            if (columns.get(i).hidden()) {
                table.sheet.hideColumn(i);
            }
        }
        table.header(columns.stream().map(Column::header).toList());
        table.sheet.freezePane(0, 1);
        table.sheet.repeatRows(0);
        table.fitToPageWidth(true);
        return table;
    }

    void width(int column, int characters) {
        sheet.width(column, characters);
        widths.put(column, (double) characters);
    }

    void fitToPageWidth(boolean landscape) {
        sheet.pageOrientation(landscape ? "landscape" : "portrait");
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        sheet.setFitToPage(true);
    }

    @Override
    public FastRow row() {
        if (nextRow - firstPendingRow >= ROWS_IN_MEMORY) {
            flush();
        }
        return new FastRow(this, nextRow++);
    }

    @Override
    public void skip(int rows) {
        nextRow += rows;
    }

    /** Puts the autofilter over the header and the rows written so far (tables only) and writes the rest. */
    void finish() throws IOException {
        applyLooks();
        if (columnCount > 0) {
            sheet.setAutoFilter(0, 0, nextRow - 1, columnCount - 1);
        }
        sheet.finish();
        forgetWrittenRowHeights();
    }

    Worksheet worksheet() {
        return sheet;
    }

    double width(int column) {
        return widths.getOrDefault(column, Worksheet.DEFAULT_COL_WIDTH);
    }

    /** Gives the cell the look when its row is written. */
    void look(int row, int column, CellLook look) {
        int index = row - firstPendingRow;
        while (pendingLooks.size() <= index) {
            pendingLooks.add(NO_LOOKS);
        }
        CellLook[] looks = pendingLooks.get(index);
        if (looks.length <= column) {
            looks = Arrays.copyOf(looks, Math.max(column + 1, columnCount));
            pendingLooks.set(index, looks);
        }
        looks[column] = look;
    }

    private void applyLooks() {
        int columns = pendingLooks.stream().mapToInt(looks -> looks.length).max().orElse(0);
        for (int column = 0; column < columns; column++) {
            int runStart = 0;
            CellLook runLook = null;
            for (int i = 0; i <= pendingLooks.size(); i++) {
                CellLook[] looks = i < pendingLooks.size() ? pendingLooks.get(i) : NO_LOOKS;
                CellLook look = column < looks.length ? looks[column] : null;
                if (look != runLook) {
                    if (runLook != null) {
                        give(sheet.range(firstPendingRow + runStart, column, firstPendingRow + i - 1, column).style(),
                                runLook);
                    }
                    runStart = i;
                    runLook = look;
                }
            }
        }
        pendingLooks.clear();
    }

    /** fastexcel caches one style per distinct look. */
    private static void give(StyleSetter style, CellLook look) {
        style.fontName(CellLook.FONT_NAME).fontSize(look.font().points()).fontColor(rgb(look.font().colour()))
                .verticalAlignment("top").wrapText(look.wrap());
        if (look.font().bold()) {
            style.bold();
        }
        if (look.font().italic()) {
            style.italic();
        }
        if (look.fill() != null) {
            style.fillColor(rgb(look.fill()));
        }
        if (look.bottomBorder()) {
            style.borderStyle(BorderSide.BOTTOM, "thin");
        }
        if (look.numeric()) {
            style.format(look.format()).horizontalAlignment("left");
        }
        style.set();
    }

    /** @throws UncheckedIOException as rows are written from inside the source's consumers */
    private void flush() {
        applyLooks();
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        forgetWrittenRowHeights();
        firstPendingRow = nextRow;
    }

    private void forgetWrittenRowHeights() {
        if (ROW_HEIGHTS != null) {
            try {
                ((Map<?, ?>) ROW_HEIGHTS.get(sheet)).clear();
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Row heights fastexcel still holds, for tests. */
    int rowHeightsHeld() throws IllegalAccessException {
        return ROW_HEIGHTS == null ? -1 : ((Map<?, ?>) ROW_HEIGHTS.get(sheet)).size();
    }

    private static Field rowHeightsField() {
        try {
            Field field = Worksheet.class.getDeclaredField("rowHeights");
            field.setAccessible(true);
            return Map.class.isAssignableFrom(field.getType()) ? field : null;
        } catch (NoSuchFieldException | RuntimeException e) {
            return null;
        }
    }

    private static String rgb(IndexedColors colour) {
        return RGB.get(colour);
    }

    /** fastexcel takes colours as RGB hex; the looks name POI's indexed colours. */
    private static Map<IndexedColors, String> rgbOfIndexedColours() {
        Map<IndexedColors, String> rgb = new EnumMap<>(IndexedColors.class);
        for (IndexedColors colour : IndexedColors.values()) {
            byte[] value = DefaultIndexedColorMap.getDefaultRGB(colour.getIndex());
            if (value != null) {
                rgb.put(colour, HexFormat.of().withUpperCase().formatHex(value));
            }
        }
        return rgb;
    }
}
