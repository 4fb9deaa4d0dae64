package org.fairaudit.excel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.ImportProblem;
import org.fairaudit.service.ImportRefusedException;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler of one worksheet part: turns {@code <row>/<c>} elements into {@link SheetRow}s of typed cells.
 * Written rather than POI's {@code XSSFSheetXMLHandler} because that one hands over formatted text only, and
 * importers must know whether a cell was a formula, a date-styled number or text.
 */
final class SheetXmlHandler extends DefaultHandler {
    /** Where the sheet comes from and what it may hold. */
    record Source(String file, String sheet, ReadOnlySharedStringsTable strings, StylesTable styles,
                  SheetReader.Limits limits) {
    }

    private final Source source;
    private final SheetReader.RowHandler handler;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private StringBuilder target = value;
    private boolean hasValue;
    private List<SheetCell> cells = new ArrayList<>();
    private int rowNumber;
    private int rowsRead;
    private int nextColumn;
    private String address;
    private int column;
    private String type;
    private int style;
    private boolean formula;
    private boolean collecting;
    private boolean inPhonetic;

    SheetXmlHandler(Source source, SheetReader.RowHandler handler) {
        this.source = source;
        this.handler = handler;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes);
            case "f" -> formula = true;
            case "v" -> startValue();
            case "rPh" -> inPhonetic = true;
            case "t" -> startInline();
            default -> {
                // sheet properties, columns, merged cells, validations: not data
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            target.append(ch, start, length);
            if (target.length() > source.limits().maxCellLength()) {
                throw problem(address, Messages.get("sheets.cell.tooLong", source.limits().maxCellLength()));
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> collecting = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> {
                // nothing to finish
            }
        }
    }

    private void startRow(String r) {
        // other programs may leave out row and cell references; count then
        rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
        nextColumn = 0;
        cells = new ArrayList<>();
    }

    private void startCell(Attributes attributes) {
        String r = attributes.getValue("r");
        column = r == null ? nextColumn : new CellReference(r).getCol();
        nextColumn = column + 1;
        address = CellReference.convertNumToColString(column) + rowNumber;
        type = attributes.getValue("t");
        String s = attributes.getValue("s");
        style = s == null ? 0 : Integer.parseInt(s);
        formula = false;
        collecting = false;
        hasValue = false;
        value.setLength(0);
        inline.setLength(0);
    }

    private void startValue() {
        collecting = true;
        hasValue = true;
        target = value;
    }

    private void startInline() {
        collecting = !inPhonetic && "inlineStr".equals(type);
        target = inline;
    }

    /** Of an inline-string cell, POI itself reads a {@code <v>} before {@code <is>}: it writes edits there. */
    private void endCell() {
        String raw = "inlineStr".equals(type) && !hasValue ? inline.toString() : value.toString();
        if (raw.isEmpty() && !formula) {
            return;
        }
        cells.add(cell(raw));
    }

    private SheetCell cell(String raw) {
        if (formula) {
            return new SheetCell(address, column, CellKind.FORMULA, raw, null);
        }
        String kind = type == null ? "n" : type;
        return switch (kind) {
            case "s" -> text(sharedString(raw));
            case "inlineStr", "str" -> text(raw);
            case "b" -> new SheetCell(address, column, CellKind.BOOLEAN, "1".equals(raw) ? "TRUE" : "FALSE", null);
            case "e" -> new SheetCell(address, column, CellKind.ERROR, raw, null);
            case "d" -> isoDate(raw);
            default -> number(raw);
        };
    }

    private SheetCell text(String text) {
        if (text.length() > source.limits().maxCellLength()) {
            throw problem(address, Messages.get("sheets.cell.tooLong", source.limits().maxCellLength()));
        }
        return new SheetCell(address, column, CellKind.TEXT, text, null);
    }

    private String sharedString(String index) {
        try {
            return source.strings().getItemAt(Integer.parseInt(index.strip())).getString();
        } catch (RuntimeException e) {
            throw problem(address, Messages.get("sheets.cell.badSharedString", index));
        }
    }

    private SheetCell number(String raw) {
        double number;
        try {
            number = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw problem(address, Messages.get("sheets.cell.badNumber", raw));
        }
        if (isDateStyle(style) && DateUtil.isValidExcelDate(number)) {
            return new SheetCell(address, column, CellKind.DATE, raw,
                    DateUtil.getLocalDateTime(number).toLocalDate());
        }
        return new SheetCell(address, column, CellKind.NUMBER, raw, null);
    }

    /** {@code t="d"}: an ISO 8601 date (or date-time) written as text, as some programs do. */
    private SheetCell isoDate(String raw) {
        try {
            return new SheetCell(address, column, CellKind.DATE, raw, LocalDate.parse(raw.substring(0,
                    Math.min(10, raw.length()))));
        } catch (DateTimeParseException e) {
            return new SheetCell(address, column, CellKind.TEXT, raw, null);
        }
    }

    /** Built-in date formats (14–22, 45–47) and custom ones such as {@code dd.mm.yyyy}. */
    private boolean isDateStyle(int styleIndex) {
        if (source.styles() == null || styleIndex >= source.styles().getNumCellStyles()) {
            return false;
        }
        return dateStyles.computeIfAbsent(styleIndex, index -> {
            XSSFCellStyle cellStyle = source.styles().getStyleAt(index);
            return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(),
                    cellStyle.getDataFormatString());
        });
    }

    private void endRow() {
        if (cells.isEmpty()) {
            return; // programs write empty rows for heights and styles
        }
        rowsRead++;
        if (rowsRead > source.limits().maxRows()) {
            throw new ImportRefusedException(new ImportProblem(source.file(), source.sheet(), rowNumber, "",
                    Messages.get("sheets.file.tooManyRows", source.limits().maxRows())));
        }
        handler.row(new SheetRow(rowNumber, cells));
    }

    private ImportRefusedException problem(String cellAddress, String message) {
        String columnName = cellAddress == null ? "" : cellAddress.replaceAll("\\d", "");
        return new ImportRefusedException(new ImportProblem(source.file(), source.sheet(), rowNumber, columnName,
                message));
    }
}
